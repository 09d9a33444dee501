using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace CollectionsPlatform.ServiceDefaults.Telemetry;

/// <summary>What the OTEL_* settings ask for, read once from configuration (environment variables included).</summary>
public sealed record TelemetrySettings(string ServiceName, bool ServiceNameFromEnvironment, Uri? OtlpEndpoint, OtlpExportProtocol OtlpProtocol)
{
    /// <summary>Sources traced besides the application's own.</summary>
    public static IReadOnlyList<string> ActivitySources { get; } = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "CollectionsPlatform.*"];

    /// <summary>Meters recorded besides the application's own.</summary>
    public static IReadOnlyList<string> Meters { get; } =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime", "MassTransit", "CollectionsPlatform.*"];

    /// <summary>True when an OTLP exporter is configured.</summary>
    public bool ExportsOtlp => OtlpEndpoint is not null;

    /// <summary>Reads OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES.</summary>
    public static TelemetrySettings From(IConfiguration configuration, string applicationName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var protocol = configuration["OTEL_EXPORTER_OTLP_PROTOCOL"]?.Trim().ToLowerInvariant() switch
        {
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            _ => OtlpExportProtocol.Grpc,
        };
        var attributes = configuration["OTEL_RESOURCE_ATTRIBUTES"] ?? string.Empty;
        var fromEnvironment = !string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"])
            || attributes.Split(',').Any(a => a.Trim().StartsWith("service.name=", StringComparison.Ordinal));
        return new TelemetrySettings(
            applicationName,
            fromEnvironment,
            string.IsNullOrWhiteSpace(endpoint) ? null : new Uri(endpoint, UriKind.Absolute),
            protocol);
    }
}
