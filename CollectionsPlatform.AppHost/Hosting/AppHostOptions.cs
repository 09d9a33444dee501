namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>How the AppHost runs: where state lives, whether to wipe it, where to report.</summary>
public sealed record AppHostOptions
{
    /// <summary>Repository root: service projects are found relative to it.</summary>
    public string RepositoryRoot { get; init; } = RepositoryPaths.Root;

    /// <summary>Data, logs and pid files of every resource (default: &lt;repo&gt;/.state, git-ignored).</summary>
    public string StateDirectory { get; init; } = Path.Combine(RepositoryPaths.Root, ".state");

    /// <summary><c>--fresh</c>: wipe the state folder before starting.</summary>
    public bool Fresh { get; init; }

    /// <summary>Port of the resources page (<c>--dashboard-port</c>); when busy another is chosen. 0 = none.</summary>
    public int DashboardPort { get; init; } = 18888;

    /// <summary>Build configuration whose service dlls are run.</summary>
    public string Configuration { get; init; } = RepositoryPaths.Configuration;

    /// <summary>OTLP endpoint handed to every project, when configured (<c>--otlp</c> or the AppHost's own env).</summary>
    public string? OtlpEndpoint { get; init; } = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");

    public string OtlpProtocol { get; init; } = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_PROTOCOL") ?? "grpc";

    /// <summary>Where announcements and prefixed child output go (null = nowhere).</summary>
    public TextWriter? Console { get; init; } = System.Console.Out;

    /// <summary>How long a project may take from start to its first healthy /health.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public static AppHostOptions FromArgs(IReadOnlyList<string> args)
    {
        var options = new AppHostOptions { Fresh = args.Contains("--fresh") };
        for (var i = 0; i < args.Count - 1; i++)
        {
            options = args[i] switch
            {
                "--dashboard-port" => options with { DashboardPort = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                "--state" => options with { StateDirectory = Path.GetFullPath(args[i + 1]) },
                "--otlp" => options with { OtlpEndpoint = args[i + 1] },
                _ => options,
            };
        }

        return options;
    }
}
