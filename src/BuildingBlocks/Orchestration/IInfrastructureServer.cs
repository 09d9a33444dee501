namespace CollectionsPlatform.Orchestration;

/// <summary>A server started from the machine's binaries on a free loopback port, with its state in one folder.</summary>
public interface IInfrastructureServer : IAsyncDisposable
{
    string Name { get; }

    /// <summary>0 until started.</summary>
    int Port { get; }

    bool IsRunning { get; }

    int? ProcessId { get; }

    string StateDirectory { get; }

    string LogPath { get; }

    /// <summary>The address to show a person (e.g. tcp://127.0.0.1:5432).</summary>
    string Endpoint { get; }

    /// <summary>Cleans what a killed previous run left, starts, and returns once the health probe answers.</summary>
    Task StartAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops the server and every process it started; idempotent.</summary>
    Task StopAsync(CancellationToken cancellationToken = default);

    Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default);
}
