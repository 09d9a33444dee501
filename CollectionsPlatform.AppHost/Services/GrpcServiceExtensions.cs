using CollectionsPlatform.AppHost.LocalServers;
using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.AppHost.Services;

public static class GrpcServiceExtensions
{
    /// <summary>
    /// A service (or the gateway) with two endpoints, as every host of ours serves them: <c>http</c> (HTTP/1.1: REST,
    /// <c>/health</c>, <c>/alive</c>) and <c>grpc</c> (h2c). Kestrel takes them from <c>Kestrel__Endpoints__{http,grpc}__Url</c>
    /// (grpc with <c>Protocols=Http2</c>), not from ASPNETCORE_URLS, which serves HTTP/1.1 only without TLS. Healthy once
    /// <c>/health</c> answers 200. OTLP export gives up after 1 s, so a stop never waits on a dashboard that is gone.
    /// Its processes carry the state marker of <c>.state/&lt;name&gt;</c>, so a start after a SIGKILLed AppHost ends
    /// what the killed one left running.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddGrpcService<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new()
    {
        var project = builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(name: "http", isProxied: false)
            .WithEndpoint("grpc", endpoint =>
            {
                endpoint.UriScheme = "http";
                endpoint.Transport = "http2";
                endpoint.IsProxied = false;
            })
            .WithEndpointsInEnvironment(_ => false);
        return project
            .WithEnvironment("Kestrel__Endpoints__http__Url", project.GetEndpoint("http"))
            .WithEnvironment("Kestrel__Endpoints__grpc__Url", project.GetEndpoint("grpc"))
            .WithEnvironment("Kestrel__Endpoints__grpc__Protocols", "Http2")
            .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "1000")
            .WithEnvironment(ProcessTable.MarkerVariable, StateFolder.Claim(StateRoot.Folder(builder, name)))
            .WithHttpHealthCheck("/health", endpointName: "http");
    }
}
