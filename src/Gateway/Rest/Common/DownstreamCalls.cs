using CollectionsPlatform.Gateway.Correlation;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>Call options for the gRPC calls of one REST request: its correlation id as metadata, the configured
/// deadline, and the request's cancellation.</summary>
internal sealed class DownstreamCalls(IOptions<RestApiOptions> options, TimeProvider time)
{
    public CallOptions For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = new Metadata();
        var correlationId = context.Request.Headers[CorrelationIdMiddleware.HeaderName].ToString();
        if (correlationId.Length > 0)
        {
            headers.Add("x-correlation-id", correlationId);
        }

        var deadline = time.GetUtcNow().UtcDateTime + options.Value.CallTimeout;
        return new CallOptions(headers, deadline, context.RequestAborted);
    }
}
