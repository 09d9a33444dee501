using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CollectionsPlatform.ServiceDefaults.Telemetry;

/// <summary>Builds the process's <see cref="OpenTelemetrySdk"/> from <see cref="TelemetrySettings"/>.</summary>
public static class TelemetrySdkFactory
{
    /// <summary>Creates the SDK; the OTEL_* keys of <paramref name="configuration"/> drive the resource and exporter.</summary>
    public static OpenTelemetrySdk Create(TelemetrySettings settings, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return OpenTelemetrySdk.Create(otel =>
        {
            otel.Services.AddSingleton(configuration);
            otel.ConfigureResource(resource =>
            {
                resource.Clear();
                if (!settings.ServiceNameFromEnvironment)
                {
                    resource.AddService(settings.ServiceName);
                }

                resource.AddTelemetrySdk().AddEnvironmentVariableDetector();
            });
            // Without an OTLP endpoint nothing would leave the process: sampling every request's activities
            // (server, HttpClient, proxy) would only cost CPU on the hot path, so signals are collected only
            // when they are exported.
            if (settings.OtlpEndpoint is not { } endpoint)
            {
                return;
            }

            otel.WithTracing(tracing => tracing
                .AddSource([.. TelemetrySettings.ActivitySources, settings.ServiceName])
                .SetSampler(new ParentBasedSampler(new AlwaysOnSampler())));
            otel.WithMetrics(metrics => metrics.AddMeter([.. TelemetrySettings.Meters, settings.ServiceName]));
            otel.WithLogging();
            otel.UseOtlpExporter(settings.OtlpProtocol, endpoint);
        });
    }
}
