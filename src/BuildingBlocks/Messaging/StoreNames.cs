using Microsoft.EntityFrameworkCore.Metadata;

namespace CollectionsPlatform.Messaging;

/// <summary>PostgreSQL identifier quoting for the few statements written by hand.</summary>
internal static class StoreNames
{
    public static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    public static string QuoteTable(StoreObjectIdentifier table) =>
        table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
}
