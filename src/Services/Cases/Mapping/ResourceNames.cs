namespace CollectionsPlatform.Cases.Mapping;

/// <summary>Resource names of the v1 contract: <c>cases/{case}</c>, <c>debtors/{debtor}</c>, <c>agents/{agent}</c>.</summary>
public static class ResourceNames
{
    public static string Case(Guid id) => $"cases/{id:D}";

    public static bool TryParseCase(string? name, out Guid id)
    {
        id = Guid.Empty;
        return name is not null && name.StartsWith("cases/", StringComparison.Ordinal) && Guid.TryParseExact(name[6..], "D", out id);
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
