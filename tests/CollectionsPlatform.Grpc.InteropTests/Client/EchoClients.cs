using Grpc.Net.Client;
using Collections.Interop.V1;

namespace CollectionsPlatform.Grpc.InteropTests.Client;

/// <summary>Channels and generated clients for the interop tests.</summary>
public static class EchoClients
{
    public static EchoService.EchoServiceClient Create(Uri address, GrpcChannelOptions? options = null) =>
        new(GrpcChannel.ForAddress(address, options ?? new GrpcChannelOptions()));

    /// <summary>Polls the server's call counters until <paramref name="condition"/> holds (at most 10 s), and returns the last reading.</summary>
    public static async Task<EchoStats> WaitForStatsAsync(EchoService.EchoServiceClient client, Func<EchoStats, bool> condition)
    {
        var stats = await client.GetEchoStatsAsync(new GetEchoStatsRequest());
        for (var attempt = 0; attempt < 100 && !condition(stats); attempt++)
        {
            await Task.Delay(100);
            stats = await client.GetEchoStatsAsync(new GetEchoStatsRequest());
        }

        return stats;
    }
}
