using System.Text;

namespace CollectionsPlatform.Api;

/// <summary>Opaque page tokens: base64url of <c>v1:{sequence}</c>.</summary>
public static class PageTokens
{
    public static string Encode(long afterSequence) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"v1:{afterSequence}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string token, out long afterSequence)
    {
        afterSequence = 0;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(base64));
            return text.StartsWith("v1:", StringComparison.Ordinal) && long.TryParse(text.AsSpan(3), out afterSequence) && afterSequence > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
