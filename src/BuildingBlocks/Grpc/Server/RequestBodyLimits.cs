using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>
/// Kestrel's per-request body limits do not fit gRPC: a request stream may carry any number of messages, each
/// bounded by <see cref="GrpcServiceOptions.MaxReceiveMessageSize"/>, and a client stream may pause between
/// messages. As grpc-dotnet does, the total body size limit is lifted for every call and the minimum body data rate
/// for client-streaming and duplex calls.
/// </summary>
internal static class RequestBodyLimits
{
    public static void Lift(HttpContext httpContext, MethodType methodType)
    {
        if (httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        if (methodType is MethodType.ClientStreaming or MethodType.DuplexStreaming
            && httpContext.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = null;
        }
    }
}
