using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace CollectionsPlatform.ServiceDefaults.Telemetry;

/// <summary>Forwards the host's ILogger records to the SDK's log pipeline (the SDK is created on first use).</summary>
internal sealed class TelemetryLoggerProvider(IServiceProvider services) : ILoggerProvider
{
    private readonly Lazy<ILoggerFactory> factory = new(() => ((OpenTelemetrySdk)services.GetService(typeof(OpenTelemetrySdk))!).GetLoggerFactory());

    public ILogger CreateLogger(string categoryName) => new DeferredLogger(factory, categoryName);

    public void Dispose()
    {
    }
}
