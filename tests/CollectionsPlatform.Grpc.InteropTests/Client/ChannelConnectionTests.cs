using CollectionsPlatform.Grpc.InteropTests.Echo;
using CollectionsPlatform.Grpc.InteropTests.Hosting;
using Collections.Interop.V1;

namespace CollectionsPlatform.Grpc.InteropTests.Client;

/// <summary>How a channel uses HTTP/2 connections: reuse for sequential calls, more connections when one is full.</summary>
public sealed class ChannelConnectionTests(InteropFixture fixture)
{
    [Fact]
    public async Task Sequential_calls_reuse_one_connection()
    {
        var client = EchoClients.Create(fixture.Ours.Address);
        var connections = new HashSet<string>();

        for (var i = 0; i < 20; i++)
        {
            using var call = client.EchoAsync(new EchoRequest { Text = "again" });
            await call;
            connections.Add((await call.ResponseHeadersAsync).GetValue(InteropEchoService.ConnectionHeader)!);
        }

        connections.Count.ShouldBe(1);
    }

    [Fact]
    public async Task More_concurrent_calls_than_one_connection_allows_open_another_connection()
    {
        // Kestrel allows 100 concurrent streams per HTTP/2 connection; 150 calls held open at once need a second one.
        var client = EchoClients.Create(fixture.Ours.Address);

        var calls = Enumerable.Range(0, 150)
            .Select(_ => client.SleepEchoAsync(new SleepEchoRequest { DelayMs = 1500 }))
            .ToList();
        var connections = await Task.WhenAll(calls.Select(async call => (await call.ResponseHeadersAsync).GetValue(InteropEchoService.ConnectionHeader)));
        var responses = await Task.WhenAll(calls.Select(call => call.ResponseAsync));
        calls.ForEach(call => call.Dispose());

        responses.ShouldAllBe(r => r.Text == "awake");
        connections.Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
    }
}
