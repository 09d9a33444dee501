using Grpc.Core;

namespace CollectionsPlatform.Gateway.Proxy;

/// <summary>gRPC answers the gateway gives itself when a call cannot reach its backend.</summary>
internal static class GrpcProxyErrors
{
    private static readonly string UnavailableStatus = ((int)StatusCode.Unavailable).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // percent-encoded as grpc-message is on the wire
    private const string UnavailableMessage = "The%20service%20behind%20the%20gateway%20is%20unavailable";

    /// <summary>A trailers-only response (HTTP 200, HEADERS with END_STREAM) carrying UNAVAILABLE (14), so a gRPC
    /// client retries or fails with the status the spec gives for an unreachable server.</summary>
    public static void WriteUnavailable(HttpResponse response)
    {
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = UnavailableStatus;
        response.Headers["grpc-message"] = UnavailableMessage;
    }
}
