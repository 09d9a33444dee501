using System.Threading.Channels;
using CollectionsPlatform.Grpc.Health.V1;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServingStatus = CollectionsPlatform.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace CollectionsPlatform.Grpc.Health;

/// <summary>
/// grpc.health.v1.Health. Check re-runs the host's health checks when the last result is older than a second,
/// so it reports real readiness; Watch streams each change.
/// </summary>
public sealed class HealthServiceImpl(GrpcHealthStatus status, IServiceProvider services) : V1.Health.HealthBase
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    public override async Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        await RefreshAsync(context.CancellationToken).ConfigureAwait(false);
        var current = status.GetStatus(request.Service)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "Service is not known to this server."));
        return GrpcHealthStatus.Response(current);
    }

    public override async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var changes = Channel.CreateBounded<ServingStatus>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnChanged(string service, ServingStatus value)
        {
            if (service == request.Service)
            {
                changes.Writer.TryWrite(value);
            }
        }

        status.StatusChanged += OnChanged;
        try
        {
            await RefreshAsync(context.CancellationToken).ConfigureAwait(false);
            var last = status.GetStatus(request.Service) ?? ServingStatus.ServiceUnknown;
            await responseStream.WriteAsync(GrpcHealthStatus.Response(last)).ConfigureAwait(false);
            while (await changes.Reader.WaitToReadAsync(context.CancellationToken).ConfigureAwait(false))
            {
                while (changes.Reader.TryRead(out var next))
                {
                    if (next != last)
                    {
                        last = next;
                        await responseStream.WriteAsync(GrpcHealthStatus.Response(next)).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The caller stopped watching: a normal end of Watch.
        }
        finally
        {
            status.StatusChanged -= OnChanged;
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (services.GetService(typeof(HealthCheckService)) is not HealthCheckService checks
            || DateTimeOffset.UtcNow - status.LastReadinessUpdate < RefreshInterval)
        {
            return;
        }

        var report = await checks.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        status.SetReadiness(report.Status != HealthStatus.Unhealthy);
    }
}
