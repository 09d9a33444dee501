using CollectionsPlatform.Gateway.Routing;
using Grpc.AspNetCore.HealthChecks;

namespace CollectionsPlatform.Gateway.Health;

/// <summary>What grpc.health.v1 answers at the gateway: "" follows the gateway's readiness (every check, as /health
/// reports), and each routed contract service (e.g. collections.cases.v1.CaseService) follows the readiness of the
/// service behind it (its <see cref="DownstreamHealthCheck"/>). Any other name is NOT_FOUND.</summary>
internal static class GrpcHealthMapping
{
    public static void Configure(GrpcHealthChecksOptions options, RoutedContracts contracts)
    {
        options.Services.Clear();
        options.Services.Map(string.Empty, _ => true);
        foreach (var (service, descriptors) in contracts.ByService)
        {
            foreach (var descriptor in descriptors)
            {
                options.Services.Map(descriptor.FullName, check => check.Name == service);
            }
        }
    }
}
