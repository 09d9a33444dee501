namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>Weak etags from a record version: <c>W/"{version}"</c>.</summary>
public static class Etags
{
    public static string Of(int version) => $"W/\"{version}\"";

    /// <summary>True when no etag was sent or it names the current version.</summary>
    public static bool Matches(string? etag, int version) => string.IsNullOrEmpty(etag) || etag == Of(version);
}
