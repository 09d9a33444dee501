using System.Net;
using System.Net.Http.Headers;
using CollectionsPlatform.Grpc.Tests.V1;

namespace CollectionsPlatform.Grpc.Tests;

public sealed class ConcurrencyTests(GrpcServerFixture server)
{
    [Fact]
    public async Task Many_concurrent_calls_on_shared_connections_each_get_their_own_answer()
    {
        var calls = Enumerable.Range(0, 256).Select(async i =>
        {
            var response = await server.Client.SendAsync("/collections.testing.v1.EchoService/Echo", RawGrpcClient.Frame(new EchoRequest { Text = $"call-{i}" }));
            response.GrpcStatus.ShouldBe(StatusCode.OK);
            return response.Message(0, EchoResponse.Parser).Text;
        });

        var answers = await Task.WhenAll(calls);

        answers.ShouldBe(Enumerable.Range(0, 256).Select(i => $"call-{i}"));
    }

    [Fact]
    public async Task Http1_requests_are_refused_with_426()
    {
        using var http = new HttpClient { BaseAddress = server.Http1Address };
        using var content = new ByteArrayContent(RawGrpcClient.Frame(new EchoRequest { Text = "old" }));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/grpc");

        using var response = await http.PostAsync("/collections.testing.v1.EchoService/Echo", content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UpgradeRequired);
        response.Headers.GetValues("grpc-status").Single().ShouldBe("13");
    }
}
