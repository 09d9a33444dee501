using CollectionsPlatform.Grpc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers typed gRPC clients, like grpc-dotnet's AddGrpcClient.</summary>
public static class GrpcClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> (a generated client) as a transient service whose calls go through a
    /// named HttpClient from IHttpClientFactory, so handlers configured for every HttpClient (service discovery,
    /// telemetry) apply: <c>services.AddGrpcClient&lt;CaseServiceClient&gt;(o =&gt; o.Address = new Uri("http://_grpc.cases"))</c>.
    /// Returns the HttpClient builder for further handlers.
    /// </summary>
    public static IHttpClientBuilder AddGrpcClient<TClient>(this IServiceCollection services, Action<GrpcClientFactoryOptions> configure)
        where TClient : ClientBase
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var name = typeof(TClient).FullName ?? typeof(TClient).Name;
        services.AddOptions<GrpcClientFactoryOptions>(name).Configure(configure);
        var builder = services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(GrpcChannel.CreateDefaultHandler)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddTransient(provider => CreateClient<TClient>(provider, name));
        return builder;
    }

    private static TClient CreateClient<TClient>(IServiceProvider provider, string name)
        where TClient : ClientBase
    {
        var options = provider.GetRequiredService<IOptionsMonitor<GrpcClientFactoryOptions>>().Get(name);
        var address = options.Address ?? throw new InvalidOperationException($"No address is configured for the gRPC client {name}.");
        var channelOptions = new GrpcChannelOptions
        {
            HttpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(name),
            DisposeHttpClient = false,
        };
        foreach (var action in options.ChannelOptionsActions)
        {
            action(channelOptions);
        }

        var invoker = GrpcChannel.ForAddress(address, channelOptions).CreateCallInvoker();
        return ActivatorUtilities.CreateInstance<TClient>(provider, invoker);
    }
}
