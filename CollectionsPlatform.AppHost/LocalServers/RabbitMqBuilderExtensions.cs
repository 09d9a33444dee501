using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.AppHost.LocalServers;

public static class RabbitMqBuilderExtensions
{
    /// <summary>
    /// A RabbitMQ node from the Debian binaries, with its own epmd as the resource <c>&lt;name&gt;-epmd</c> (so no daemon
    /// epmd outlives the AppHost); healthy once it answers the AMQP protocol header (about 10 s).
    /// </summary>
    public static IResourceBuilder<RabbitMqServerResource> AddLocalRabbitMQ(this IDistributedApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var node = RabbitMq.Prepare(StateRoot.Folder(builder, name));
        var epmdCommand = node.Epmd();
        var epmd = builder.AddExecutable(name + "-epmd", epmdCommand.FileName, node.StateDirectory)
            .WithServerCommand(epmdCommand)
            .WithLocalEndpoint(node.EpmdPort)
            .WithReadinessProbe(node.IsEpmdReadyAsync);
        return builder.AddResource(new RabbitMqServerResource(name, node))
            .WithServerCommand(node.Server())
            .WithLocalEndpoint(node.AmqpPort, scheme: "amqp")
            .WithReadinessProbe(node.IsReadyAsync)
            .WaitFor(epmd);
    }
}
