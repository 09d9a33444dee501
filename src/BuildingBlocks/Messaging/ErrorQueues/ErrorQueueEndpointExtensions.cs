using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CollectionsPlatform.Messaging.ErrorQueues;

public static class ErrorQueueEndpointExtensions
{
    /// <summary>
    /// <c>GET {pattern}</c> → JSON array of <see cref="ErrorQueueDepth"/> for the queues this service
    /// consumes from (for the AppHost resources page).
    /// </summary>
    public static IEndpointConventionBuilder MapErrorQueueDepths(
        this IEndpointRouteBuilder endpoints, string pattern = "/messaging/error-queues")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(
            pattern,
            async (ErrorQueueMonitor monitor, CancellationToken cancellationToken) =>
                Results.Ok(await monitor.GetDepthsAsync(cancellationToken)));
    }
}
