namespace CollectionsPlatform.Api;

/// <summary>Resource names of the v1 contracts: <c>cases/{case}</c>, its children <c>cases/{case}/{collection}/{id}</c>,
/// and references such as <c>debtors/{debtor}</c> or <c>agents/{agent}</c>.</summary>
public static class ResourceNames
{
    public static string Case(Guid id) => $"cases/{id:D}";

    public static string Child(Guid caseId, string collection, Guid id) => $"cases/{caseId:D}/{collection}/{id:D}";

    public static bool TryParseCase(string? name, out Guid id)
    {
        id = Guid.Empty;
        return name is not null && name.StartsWith("cases/", StringComparison.Ordinal) && Guid.TryParseExact(name[6..], "D", out id);
    }

    /// <summary>Parses <c>cases/{case}/{collection}/{id}</c>.</summary>
    public static bool TryParseChild(string? name, string collection, out Guid caseId, out Guid id)
    {
        caseId = Guid.Empty;
        id = Guid.Empty;
        var parts = name?.Split('/');
        return parts is { Length: 4 } && parts[0] == "cases" && parts[2] == collection
            && Guid.TryParseExact(parts[1], "D", out caseId) && Guid.TryParseExact(parts[3], "D", out id);
    }

    /// <summary>The id inside <c>{collection}/{id}</c>, or null when the name has another shape.</summary>
    public static string? IdIn(string collection, string? name)
    {
        var prefix = collection + "/";
        if (name is null || !name.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var id = name[prefix.Length..];
        return id.Length is > 0 and <= 64 && !id.Contains('/', StringComparison.Ordinal) ? id : null;
    }
}
