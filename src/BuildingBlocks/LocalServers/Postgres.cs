using Npgsql;

namespace CollectionsPlatform.LocalServers;

/// <summary>
/// How a PostgreSQL cluster runs from the Debian binaries: <c>initdb</c> once, then <c>postgres</c> in the foreground,
/// both as the <c>postgres</c> user when we are root (they refuse to run as root), on a folder that user owns.
/// SIGTERM means "smart" shutdown to PostgreSQL (it waits for pooled clients); the server runs under a small
/// <c>sh</c> that turns TERM into INT (fast shutdown), so a stop is quick and clean.
/// </summary>
public sealed record Postgres(string StateDirectory, int Port, string Password)
{
    public const string DebianPackage = "postgresql";
    public const string OsUser = "postgres";
    public const string SuperUser = "postgres";

    private const string FastStopScript =
        "\"$@\" & pid=$!; trap 'kill -INT $pid 2>/dev/null' TERM INT; wait $pid; status=$?; " +
        "while kill -0 $pid 2>/dev/null; do wait $pid; status=$?; done; exit $status";

    public string DataDirectory => Path.Combine(StateDirectory, "data");

    public string PasswordFile => Path.Combine(StateDirectory, "password");

    /// <summary>False for throwaway test clusters: fsync and synchronous commit off.</summary>
    public bool Durable { get; init; } = true;

    /// <summary>Claims the folder for a cluster: sweeps what a killed run left (processes, postmaster.pid, sockets),
    /// keeps a password, and gives the folder to the postgres user; returns the cluster's settings.</summary>
    public static Postgres Prepare(string stateDirectory, int? port = null)
    {
        var directory = StateFolder.Claim(stateDirectory);
        StateFolder.DeleteIfExists(Path.Combine(directory, "data", "postmaster.pid"));
        foreach (var socket in Directory.GetFiles(directory, ".s.PGSQL.*"))
        {
            File.Delete(socket);
        }

        var password = StateFolder.Secret(directory, "password");
        var cluster = new Postgres(directory, port ?? StateFolder.Port(directory), password);
        OsUsers.GiveTo(OsUser, directory);
        return cluster;
    }

    /// <summary>The folder of the newest installed PostgreSQL's binaries (e.g. /usr/lib/postgresql/15/bin).</summary>
    public static string BinDirectory => Prerequisites.PostgresBinDirectory();

    /// <summary>A one-shot: creates the cluster unless the data folder already holds one; exits 0 either way.</summary>
    public ServerCommand Initdb()
    {
        var initdb = Prerequisites.Require(BinDirectory, "initdb", DebianPackage);
        const string script = "test -f \"$1/PG_VERSION\" || exec \"$2\" -D \"$1\" -U postgres --pwfile=\"$3\" " +
                              "--auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync";
        return Command("sh", ["-c", script, "initdb", DataDirectory, initdb, PasswordFile]);
    }

    /// <summary>The server in the foreground on 127.0.0.1:<see cref="Port"/>, logging to stderr.</summary>
    public ServerCommand Server()
    {
        var postgres = Prerequisites.Require(BinDirectory, "postgres", DebianPackage);
        string[] settings = Durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
        return new ServerCommand("sh", ["-c", FastStopScript, "postgres-fast-stop", .. OsUsers.AsUser(OsUser), postgres,
            "-D", DataDirectory, "-p", Text(Port), "-k", StateDirectory, "-c", "listen_addresses=127.0.0.1",
            "-c", "max_connections=300", .. settings])
        {
            WorkingDirectory = StateDirectory,
            Environment = ProcessTable.Marker(StateDirectory),
        };
    }

    /// <summary>Aspire's form: <c>Host=…;Port=…;Username=postgres;Password=…</c>, plus <c>;Database=…</c> when given.</summary>
    public string ConnectionString(string? database = null) =>
        $"Host=127.0.0.1;Port={Text(Port)};Username={SuperUser};Password={Password}" + (database is null ? string.Empty : ";Database=" + database);

    /// <summary>True when the server accepts a connection and answers <c>SELECT 1</c>.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
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

    /// <summary>Creates the database when absent (names: lower-case letters, digits, underscores); returns its connection string.</summary>
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

    private ServerCommand Command(string program, IReadOnlyList<string> arguments)
    {
        string[] line = [.. OsUsers.AsUser(OsUser), program, .. arguments];
        return new ServerCommand(line[0], line[1..]) { WorkingDirectory = StateDirectory, Environment = ProcessTable.Marker(StateDirectory) };
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
