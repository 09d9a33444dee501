using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>RabbitMQ, referenced as <c>ConnectionStrings__{name}=amqp://guest:guest@127.0.0.1:P</c>.</summary>
public sealed class RabbitMqResource(string name) : ServerResource(name), IResourceWithConnectionString
{
    public override string Kind => "rabbitmq";

    public string ConnectionString => ((RabbitMqServer)Server).AmqpUri();

    protected override IInfrastructureServer Create(ServerOptions options) => new RabbitMqServer(options);
}
