using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.ServiceDefaults.Telemetry;

/// <summary>A logger that binds to the SDK's logger factory on its first record (avoids a resolution cycle).</summary>
internal sealed class DeferredLogger(Lazy<ILoggerFactory> factory, string categoryName) : ILogger
{
    private readonly Lazy<ILogger> inner = new(() => factory.Value.CreateLogger(categoryName));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.Value.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && inner.Value.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        inner.Value.Log(logLevel, eventId, state, exception, formatter);
}
