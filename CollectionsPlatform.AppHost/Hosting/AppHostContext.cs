namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>What every resource needs while running: options, the reporter and the stop signal.</summary>
internal sealed record AppHostContext(AppHostOptions Options, ConsoleReporter Reporter, CancellationToken Stopping)
{
    public string StateFolder(string resource) => Path.Combine(Options.StateDirectory, resource);

    public string LogFile(string resource) => Path.Combine(Options.StateDirectory, "logs", resource + ".log");
}
