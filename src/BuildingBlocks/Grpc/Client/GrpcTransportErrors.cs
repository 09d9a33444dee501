using System.Net.Http;
using System.Net.Sockets;

namespace CollectionsPlatform.Grpc.Client;

/// <summary>Maps transport failures of a call to the status the gRPC spec gives them.</summary>
internal static class GrpcTransportErrors
{
    public static Status ToStatus(Exception exception)
    {
        if (exception is RpcException rpc)
        {
            return rpc.Status;
        }

        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpProtocolException protocol)
            {
                return new Status(FromHttp2ErrorCode(protocol.ErrorCode), $"The HTTP/2 stream was reset by the server (error code {protocol.ErrorCode}).");
            }
        }

        return exception switch
        {
            OperationCanceledException => new Status(StatusCode.Cancelled, "The call was cancelled."),
            HttpRequestException or IOException or SocketException =>
                new Status(StatusCode.Unavailable, $"Error connecting to the server: {exception.Message}"),
            _ => new Status(StatusCode.Internal, $"Error in the gRPC call: {exception.GetType().Name}."),
        };
    }

    /// <summary>RST_STREAM / GOAWAY error codes (RFC 9113 §7) as gRPC status codes.</summary>
    private static StatusCode FromHttp2ErrorCode(long code) => code switch
    {
        0x7 => StatusCode.Unavailable,        // REFUSED_STREAM
        0x8 => StatusCode.Cancelled,          // CANCEL
        0xb => StatusCode.ResourceExhausted,  // ENHANCE_YOUR_CALM
        0xc => StatusCode.PermissionDenied,   // INADEQUATE_SECURITY
        _ => StatusCode.Internal,
    };
}
