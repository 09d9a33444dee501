using CollectionsPlatform.ServiceDefaults.Discovery;
using CollectionsPlatform.ServiceDefaults.Health;
using CollectionsPlatform.ServiceDefaults.Redis;
using CollectionsPlatform.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CollectionsPlatform.ServiceDefaults;

/// <summary>The cross-cutting wiring every CollectionsPlatform host shares (shaped like Aspire's ServiceDefaults).</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Adds OpenTelemetry (traces, metrics, logs; OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set), the liveness
    /// check, service discovery for every HttpClient, and the Redis client when ConnectionStrings:redis is set.
    /// Kestrel endpoints come from configuration (Kestrel:Endpoints:http and Kestrel:Endpoints:grpc).
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddDefaultTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(RedisExtensions.DefaultConnectionName)))
        {
            builder.AddRedisClient();
        }

        return builder;
    }

    /// <summary>Maps GET /health (every check tagged "ready" or "live") and GET /alive (only "live").</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready) || check.Tags.Contains(HealthTags.Live),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Live),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return app;
    }
}
