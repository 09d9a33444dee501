namespace CollectionsPlatform.Cases.Mapping;

/// <summary>The policy pack jurisdictions a case can be opened under.</summary>
public static class Jurisdictions
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal) { "CN", "US" };

    public static bool IsSupported(string jurisdiction) => Supported.Contains(jurisdiction);
}
