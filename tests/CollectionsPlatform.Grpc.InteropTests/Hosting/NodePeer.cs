using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace CollectionsPlatform.Grpc.InteropTests.Hosting;

/// <summary>Runs the grpc-js peer scripts (node/) with the machine's Node.js; installs node_modules with npm ci when missing.</summary>
public static class NodePeer
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Directory { get; } = Metadata("InteropNodeDirectory");

    /// <summary>Google.Api.CommonProtos' .proto folder (google/{api,rpc,type}), where the peer finds what our contracts import.</summary>
    private static string CommonProtos { get; } = Metadata("GoogleApiCommonProtos");

    /// <summary>Makes sure @grpc/grpc-js and @grpc/proto-loader are installed (npm ci from package-lock.json).</summary>
    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Directory, "node_modules", "@grpc", "grpc-js", "package.json")))
            {
                return;
            }

            var (exitCode, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {Directory}:\n{output}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs one peer-client.js scenario against <paramref name="target"/> (host:port) and returns its JSON outcome.</summary>
    public static async Task<JsonElement> RunClientScenarioAsync(Uri target, string scenario, string argument = "")
    {
        await EnsureInstalledAsync();
        var (exitCode, output) = await RunAsync("node", ["peer-client.js", $"{target.Host}:{target.Port}", scenario, argument], TimeSpan.FromSeconds(60));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"grpc-js scenario '{scenario}' failed ({exitCode}):\n{output}");
        }

        var json = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(line => line.StartsWith('{'));
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    /// <summary>Starts node with the given script arguments in the peer folder; standard input stays open so the peer can watch for its parent going away.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            Environment = { ["GOOGLE_API_COMMON_PROTOS"] = CommonProtos },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["GOOGLE_API_COMMON_PROTOS"] = CommonProtos },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string Metadata(string key) =>
        typeof(NodePeer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
