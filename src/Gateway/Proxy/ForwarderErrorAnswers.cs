using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace CollectionsPlatform.Gateway.Proxy;

/// <summary>A step of YARP's proxy pipeline for the gRPC routes: when YARP's own forwarder could not reach the backend
/// (it would answer a bare HTTP 502 or 503), the caller gets a trailers-only grpc-status UNAVAILABLE instead, as from
/// the pass-through forwarder.</summary>
internal static class ForwarderErrorAnswers
{
    public static async Task AnswerUnreachableAsUnavailableAsync(HttpContext context, Func<Task> next)
    {
        await next();
        if (context.GetForwarderErrorFeature()?.Error is ForwarderError.Request or ForwarderError.RequestTimedOut
                or ForwarderError.RequestBodyDestination or ForwarderError.NoAvailableDestinations
            && IsGrpcRoute(context))
        {
            GrpcProxyErrors.WriteUnavailable(context.Response);
        }
    }

    private static bool IsGrpcRoute(HttpContext context) =>
        context.Features.Get<IReverseProxyFeature>()?.Route.Config.Metadata is { } metadata
        && metadata.TryGetValue(GrpcPassThroughForwarder.RouteMetadataKey, out var value) && value == "true";
}
