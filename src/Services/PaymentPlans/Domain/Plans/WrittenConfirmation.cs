using System.Security.Cryptography;
using System.Text;

namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>The written confirmation of an accepted plan and the SHA-256 (lower-case hex) of its UTF-8 text,
/// stored so the text sent to the debtor can be proven unchanged.</summary>
public sealed record WrittenConfirmation(string Text, string Sha256, DateTimeOffset IssuedAt)
{
    public static WrittenConfirmation Create(string text, DateTimeOffset issuedAt) =>
        new(text, HashOf(text), issuedAt);

    public static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public bool IsIntact => HashOf(Text) == Sha256;
}
