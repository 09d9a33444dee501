using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace CollectionsPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry without OpenTelemetry.Extensions.Hosting: one <see cref="OpenTelemetrySdk"/> created and disposed
/// by the DI container, started with the host, and fed by the host's ILogger pipeline.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Adds traces, metrics and logs; sources Microsoft.AspNetCore, System.Net.Http, MassTransit,
    /// CollectionsPlatform.* and the application's own name; OTLP export when OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
    public static TBuilder AddDefaultTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var settings = TelemetrySettings.From(builder.Configuration, builder.Environment.ApplicationName);
        builder.Services.TryAddSingleton(settings);
        builder.Services.TryAddSingleton(sp => TelemetrySdkFactory.Create(settings, sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddHostedService<TelemetryStarter>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, ServerSpanTaggingStartupFilter>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, TelemetryLoggerProvider>());
        return builder;
    }
}
