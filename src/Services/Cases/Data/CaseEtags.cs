using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Data;

/// <summary>The etag of a case is its row version: <c>W/"{version}"</c>.</summary>
public static class CaseEtags
{
    public static string Format(int version) => $"W/\"{version}\"";

    /// <summary>ETAG_MISMATCH unless <paramref name="etag"/> is empty (no check asked) or the loaded version's.</summary>
    public static void Require(StoredCase stored, string? etag)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!string.IsNullOrEmpty(etag) && etag != Format(stored.LoadedVersion))
            throw new DomainException("ETAG_MISMATCH", "The case changed since it was read.", "etag");
    }
}
