using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectionsPlatform.Grpc.Health;

/// <summary>Feeds the ASP.NET Core health check results (published periodically) into the gRPC health status.</summary>
internal sealed class GrpcHealthCheckPublisher(GrpcHealthStatus status) : IHealthCheckPublisher
{
    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        status.SetReadiness(report.Status != HealthStatus.Unhealthy);
        return Task.CompletedTask;
    }
}
