namespace CollectionsPlatform.Orchestration;

/// <summary>A server failed to start; carries the tail of its log.</summary>
public sealed class ServerStartException(string server, string reason, string logTail)
    : Exception($"{server} failed to start: {reason}{Environment.NewLine}--- last lines of its log ---{Environment.NewLine}{logTail}")
{
    public string Server { get; } = server;

    public string LogTail { get; } = logTail;
}
