namespace CollectionsPlatform.Grpc.Generator;

/// <summary>Plugin parameters, as grpc_csharp_plugin takes them: no_client, no_server, internal_access.</summary>
public sealed record GeneratorOptions(bool GenerateClient, bool GenerateServer, bool InternalAccess)
{
    public static GeneratorOptions Parse(string? parameter)
    {
        var parts = (parameter ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in parts)
        {
            if (part is not ("no_client" or "no_server" or "internal_access"))
            {
                throw new InvalidOperationException($"Unknown generator option '{part}'.");
            }
        }

        return new GeneratorOptions(!parts.Contains("no_client"), !parts.Contains("no_server"), parts.Contains("internal_access"));
    }
}
