using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CollectionsPlatform.ServiceDefaults.Telemetry;

/// <summary>Resolves the SDK when the host starts so listeners exist before the first request.</summary>
internal sealed class TelemetryStarter(OpenTelemetrySdk sdk) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(sdk);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        sdk.TracerProvider.ForceFlush(2000);
        sdk.MeterProvider.ForceFlush(2000);
        sdk.LoggerProvider.ForceFlush(2000);
        return Task.CompletedTask;
    }
}
