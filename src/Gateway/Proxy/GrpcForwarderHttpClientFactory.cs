using Yarp.ReverseProxy.Forwarder;

namespace CollectionsPlatform.Gateway.Proxy;

/// <summary>YARP's client factory with HTTP/2 keep-alive pings on every backend connection: the pass-through
/// forwarder has no idle timeout of its own (a gRPC call's limit is its deadline), so a backend that vanished
/// without closing its connection is detected by a missing ping answer instead.</summary>
internal sealed class GrpcForwarderHttpClientFactory(ILogger<ForwarderHttpClientFactory> logger) : ForwarderHttpClientFactory(logger)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.EnableMultipleHttp2Connections = true;
        handler.KeepAlivePingDelay = TimeSpan.FromSeconds(30);
        handler.KeepAlivePingTimeout = TimeSpan.FromSeconds(10);
        handler.KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests;
    }
}
