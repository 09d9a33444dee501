using CollectionsPlatform.Gateway.Correlation;
using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectionsPlatform.Gateway.Rest.Errors;

/// <summary>Last line for the REST API: malformed JSON or parameters (thrown by minimal API binding) → 400
/// REQUEST_MALFORMED; a gRPC failure outside an endpoint filter → its mapped status; anything else → 500 GATEWAY_ERROR
/// without the exception's text. Other paths (the gRPC pass-through) keep the default handling.</summary>
internal sealed partial class RestExceptionHandler(ILogger<RestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!httpContext.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return false;
        }

        var result = exception switch
        {
            BadHttpRequestException => RestProblems.Malformed(httpContext, "The request body or a parameter could not be read; check the JSON and the parameter types."),
            RpcException rpc => RestProblems.FromRpc(httpContext, rpc),
            _ => Unexpected(httpContext, exception),
        };

        // the exception handler cleared the response headers: restore the correlation id
        httpContext.Response.Headers[CorrelationIdMiddleware.HeaderName] = httpContext.Request.Headers[CorrelationIdMiddleware.HeaderName];
        await result.ExecuteAsync(httpContext);
        return true;
    }

    private ProblemHttpResult Unexpected(HttpContext httpContext, Exception exception)
    {
        LogUnexpected(logger, exception.GetType().Name);
        return RestProblems.GatewayFailure(httpContext);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "REST request failed in the gateway with {ExceptionType}")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType);
}
