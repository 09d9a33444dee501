using System.Diagnostics;

namespace CollectionsPlatform.Gateway.Correlation;

/// <summary>Takes X-Correlation-Id from the caller (or the trace id when absent or malformed), forwards it to the
/// backend, returns it in the response and records it on the server span.</summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";

    public Task InvokeAsync(HttpContext context)
    {
        var correlationId = CorrelationId.FromHeader(context.Request.Headers[HeaderName]) ?? CorrelationId.New(Activity.Current);
        context.Request.Headers[HeaderName] = correlationId;
        context.Response.Headers[HeaderName] = correlationId;
        Activity.Current?.SetTag("correlation.id", correlationId);
        Activity.Current?.SetBaggage("correlation.id", correlationId);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId });
        return next(context);
    }
}
