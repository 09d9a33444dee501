using System.Globalization;
using Npgsql;

namespace CollectionsPlatform.Orchestration;

/// <summary>
/// A PostgreSQL cluster from the machine's binaries (initdb + pg_ctl). As root it runs as the
/// <c>postgres</c> user on a folder that user owns. Password auth over TCP, superuser <c>postgres</c>.
/// </summary>
public sealed class PostgresServer(ServerOptions options) : IInfrastructureServer
{
    private const string Package = "postgresql";
    private const string OsUser = "postgres";
    private readonly string directory = Path.GetFullPath(options.StateDirectory);

    public string Name => "postgres";

    public int Port { get; private set; }

    public bool IsRunning { get; private set; }

    public int? ProcessId => int.TryParse(ReadPostmasterPid(), out var pid) && UnixSignals.IsAlive(pid) ? pid : null;

    public string StateDirectory => directory;

    public string LogPath => Path.Combine(directory, "postgres.log");

    public string Endpoint => $"tcp://127.0.0.1:{Port}";

    public string Password { get; private set; } = string.Empty;

    private string DataDirectory => Path.Combine(directory, "data");

    private string BinDirectory => options.BinDirectory ?? Prerequisites.PostgresBinDirectory();

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Password={Password};Database={database}";

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var pgCtl = Prerequisites.Require(BinDirectory, "pg_ctl", Package);
        var initdb = Prerequisites.Require(BinDirectory, "initdb", Package);
        StateFiles.Create(directory);
        var hadOrphans = await CleanStaleAsync(pgCtl, cancellationToken);
        Password = StateFiles.Secret(directory, "password");
        if (!File.Exists(Path.Combine(directory, "initialized")))
        {
            await InitializeAsync(initdb, cancellationToken);
        }

        Port = await PortAllocator.ReclaimAsync(options.PreferredPort ?? StateFiles.ReadPort(directory), hadOrphans ? StateFiles.PortReleasePatience : TimeSpan.Zero, cancellationToken);
        StateFiles.WritePort(directory, Port);
        await GiveToPostgresUserAsync(cancellationToken);
        var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -k {directory} -c max_connections=300" +
                       (options.Durable ? string.Empty : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        var start = await RunAsync(pgCtl, ["-D", DataDirectory, "-l", LogPath, "-w", "-t", "60", "-o", settings, "start"], cancellationToken);
        if (!start.Succeeded)
        {
            await KillLeftoversAsync(cancellationToken);
            throw new ServerStartException(Name, $"pg_ctl start exited with {start.ExitCode}: {start.Output}", LogTail.Read(LogPath));
        }

        if (!await Readiness.WaitAsync(IsHealthyAsync, () => false, options.StartTimeout, cancellationToken))
        {
            await StopAsync(cancellationToken);
            throw new ServerStartException(Name, "it did not accept connections in time", LogTail.Read(LogPath));
        }

        IsRunning = true;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")) && File.Exists(Path.Combine(BinDirectory, "pg_ctl")))
        {
            await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "-t", "30", "stop"], cancellationToken);
        }

        await KillLeftoversAsync(cancellationToken);
        IsRunning = false;
    }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        if (Port == 0)
        {
            return false;
        }

        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false;Timeout=3");
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is 1;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
        {
            return false;
        }
    }

    /// <summary>Creates the database when absent (names: lower-case letters, digits, underscores).</summary>
    public async Task<string> CreateDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        if (database.Length is 0 or > 63 || !database.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new ArgumentException("A database name must be 1-63 lower-case letters, digits or underscores.", nameof(database));
        }

        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return ConnectionString(database);
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task InitializeAsync(string initdb, CancellationToken cancellationToken)
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        var passwordFile = Path.Combine(directory, "pwfile");
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
        await GiveToPostgresUserAsync(cancellationToken);
        var result = await RunAsync(initdb, ["-D", DataDirectory, "-U", "postgres", "--pwfile", passwordFile, "--auth-local=trust",
            "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], cancellationToken);
        File.Delete(passwordFile);
        if (!result.Succeeded)
        {
            throw new ServerStartException(Name, $"initdb exited with {result.ExitCode}", result.Output);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "initialized"), DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
    }

    /// <summary>A previous run killed with SIGKILL may have left a postmaster, its pid file and socket.</summary>
    /// <summary>Stops a cluster a previous run left behind; true when there was one.</summary>
    private async Task<bool> CleanStaleAsync(string pgCtl, CancellationToken cancellationToken)
    {
        var orphaned = ProcessId is not null;
        if (orphaned)
        {
            await RunAsync(pgCtl, ["-D", DataDirectory, "-m", "immediate", "-w", "-t", "10", "stop"], cancellationToken);
        }

        return await KillLeftoversAsync(cancellationToken) > 0 || orphaned;
    }

    private async Task<int> KillLeftoversAsync(CancellationToken cancellationToken)
    {
        var killed = await ProcessTable.KillUnderAsync(directory, cancellationToken);
        StateFiles.DeleteIfExists(Path.Combine(DataDirectory, "postmaster.pid"));
        foreach (var socket in Directory.Exists(directory) ? Directory.GetFiles(directory, ".s.PGSQL.*") : [])
        {
            File.Delete(socket);
        }

        return killed;
    }

    private async Task GiveToPostgresUserAsync(CancellationToken cancellationToken)
    {
        if (Environment.UserName != "root")
        {
            return;
        }

        StateFiles.MakeTraversable(directory);
        var chown = await ShortCommand.RunAsync(new ProcessSpec("chown", ["-R", $"{OsUser}:{OsUser}", directory]), TimeSpan.FromSeconds(30), cancellationToken);
        if (!chown.Succeeded)
        {
            throw new ServerStartException(Name, $"could not give {directory} to the {OsUser} user", chown.Output);
        }
    }

    private Task<CommandResult> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        ShortCommand.RunAsync(
            new ProcessSpec(program, arguments)
            {
                WorkingDirectory = directory,
                RunAsUser = OsUser,
                Environment = new Dictionary<string, string>(StateFiles.MarkerEnvironment(directory)),
            },
            TimeSpan.FromSeconds(90),
            cancellationToken);

    private string? ReadPostmasterPid() =>
        StateFiles.ReadText(Path.Combine(DataDirectory, "postmaster.pid"))?.Split('\n')[0];
}
