using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.AppHost.LocalServers;

/// <summary>A RabbitMQ node run from the Debian binaries (see <see cref="RabbitMq"/>), with Aspire's connection string.</summary>
public sealed class RabbitMqServerResource(string name, RabbitMq node)
    : ExecutableResource(name, node.Server().FileName, node.StateDirectory), IResourceWithConnectionString
{
    public RabbitMq Node { get; } = node;

    /// <summary><c>amqp://guest:guest@127.0.0.1:P</c></summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Node.AmqpUri()}");
}
