using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CollectionsPlatform.ServiceDefaults;

/// <summary>
/// What every CollectionsPlatform host shares, in the shape of the .NET Aspire ServiceDefaults template:
/// OpenTelemetry, health endpoints, service discovery and the standard resilience handler. Data access
/// (EF Core, Redis, the bus) is wired by the services that use it, through the Aspire client integrations.
/// </summary>
public static class ServiceDefaultsExtensions
{
    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";
    private const string LiveTag = "live";

    /// <summary>
    /// Adds OpenTelemetry (OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set), the "self" liveness check, service
    /// discovery and, on every HttpClient, service discovery and the standard resilience handler.
    /// </summary>
    /// <remarks>
    /// The resilience handler retries only safe methods (GET, HEAD, OPTIONS…): a replayed POST could apply an
    /// effect twice, and every gRPC call is a POST. gRPC clients take no resilience handler at all
    /// (<see cref="WithoutHttpResilience"/>): grpc-dotnet has its own deadlines and retry policy, and the
    /// handler's attempt and total timeouts would cut a streaming call.
    /// </remarks>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>
    /// Removes the standard resilience handler that <see cref="AddServiceDefaults{TBuilder}"/> puts on every
    /// HttpClient: call it on each gRPC client (<c>AddGrpcClient&lt;T&gt;(…).WithoutHttpResilience()</c>).
    /// </summary>
    public static IHttpClientBuilder WithoutHttpResilience(this IHttpClientBuilder builder)
    {
        // EXTEXP0001: RemoveAllResilienceHandlers is marked for evaluation; it is the library's one way to undo
        // a handler added by ConfigureHttpClientDefaults (dotnet/extensions#4814).
#pragma warning disable EXTEXP0001
        return builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
    }

    /// <summary>
    /// Logs, metrics and traces: ASP.NET Core (health probes excluded), HttpClient, gRPC client, .NET runtime,
    /// EF Core and Npgsql (by source name, so hosts without a database load neither), MassTransit, the
    /// CollectionsPlatform.* sources and the application's own; exported over OTLP when configured. Log records
    /// keep their template and parameters, never the formatted message; scopes are not exported.
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = false;
            logging.IncludeScopes = false;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Npgsql", "MassTransit", "CollectionsPlatform.*", builder.Environment.ApplicationName))
            .WithTracing(tracing => tracing
                .AddSource("Npgsql", "MassTransit", "CollectionsPlatform.*", builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsHealthProbe(context))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Adds the "self" check tagged "live": the process is up.</summary>
    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// GET /health: every registered check (readiness: the service's database, its migrations, the bus);
    /// GET /alive: only the "live" checks. Mapped in every environment (orchestrators probe them), and the
    /// body is only the overall status, so no check can leak connection details, unless the host passes its own
    /// <paramref name="healthWriter"/> (the gateway names each service behind it).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, Func<HttpContext, HealthReport, Task>? healthWriter = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(HealthEndpointPath, healthWriter is null ? new HealthCheckOptions() : new HealthCheckOptions { ResponseWriter = healthWriter });
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });
        return app;
    }

    private static bool IsHealthProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HealthEndpointPath) || context.Request.Path.StartsWithSegments(AlivenessEndpointPath);
}
