using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CollectionsPlatform.Messaging;

/// <summary>The quoted PostgreSQL names an entity is mapped to, for the few statements written by hand: they follow
/// the service's model (its default schema, its naming convention) instead of repeating table and column names.</summary>
internal sealed class MappedTable
{
    private readonly IEntityType entityType;
    private readonly StoreObjectIdentifier table;

    private MappedTable(IEntityType entityType, StoreObjectIdentifier table)
    {
        this.entityType = entityType;
        this.table = table;
        Name = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
    }

    /// <summary>The table, schema-qualified when the model has a schema.</summary>
    public string Name { get; }

    public static MappedTable Of<TEntity>(IModel model, string tableName)
    {
        var entityType = model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"The DbContext does not map {tableName}: call modelBuilder.AddIntegrationEventTables().");
        var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{tableName} is not mapped to a table.");
        return new MappedTable(entityType, StoreObjectIdentifier.Table(name, entityType.GetSchema()));
    }

    public string Column(string property) =>
        Quote(entityType.FindProperty(property)?.GetColumnName(table)
            ?? throw new InvalidOperationException($"{property} is not mapped to a column."));

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
