using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Records every warning or error a test host logs: category, level, event name and message (test data only).</summary>
internal sealed class WarningLog : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string? Event, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(WarningLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Entries.Enqueue((category, logLevel, eventId.Name, formatter(state, exception)));
            }
        }
    }
}
