using Grpc.Core;

namespace CollectionsPlatform.Gateway.Rest.Errors;

/// <summary>Turns a failed gRPC call of a REST endpoint into its problem response, logging the route template, the
/// status and the reason only (no ids, no bodies).</summary>
internal sealed partial class RpcExceptionFilter(ILogger<RpcExceptionFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (RpcException exception)
        {
            var route = (context.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unknown";
            var result = RestProblems.FromRpc(context.HttpContext, exception);
            if (result.StatusCode >= StatusCodes.Status500InternalServerError)
            {
                LogBackendFailure(logger, route, exception.StatusCode);
            }
            else
            {
                LogBackendRefusal(logger, route, exception.StatusCode);
            }

            return result;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "REST {Route}: a backing gRPC call failed with {StatusCode}")]
    private static partial void LogBackendFailure(ILogger logger, string route, StatusCode statusCode);

    [LoggerMessage(Level = LogLevel.Debug, Message = "REST {Route}: a backing gRPC call refused with {StatusCode}")]
    private static partial void LogBackendRefusal(ILogger logger, string route, StatusCode statusCode);
}
