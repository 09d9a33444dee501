namespace CollectionsPlatform.AppHost.LocalServers;

/// <summary>A database of a <see cref="PostgresServerResource"/>, created when the server is ready.</summary>
public sealed class PostgresDatabaseResource(string name, PostgresServerResource parent)
    : Resource(name), IResourceWithParent<PostgresServerResource>, IResourceWithConnectionString
{
    public PostgresServerResource Parent { get; } = parent;

    public string DatabaseName => Name;

    /// <summary>The server's connection string with <c>;Database=&lt;name&gt;</c>, as Aspire's own database resource.</summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
