using System.Diagnostics;

namespace CollectionsPlatform.Grpc.InteropTests.Hosting;

/// <summary>The grpc-js server (node/peer-server.js): CaseService.GetCase, Echo and Health.</summary>
public sealed class GrpcJsServer(Process process, Uri address) : IAsyncDisposable
{
    public Uri Address { get; } = address;

    public static async Task<GrpcJsServer> StartAsync()
    {
        await NodePeer.EnsureInstalledAsync();
        var process = NodePeer.Start("peer-server.js", "0", "--stdin-lifetime");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        var parts = line?.Split(' ');
        if (parts is not ["LISTENING", var port])
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"grpc-js server did not start: {line}\n{error}");
        }

        return new GrpcJsServer(process, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }
}
