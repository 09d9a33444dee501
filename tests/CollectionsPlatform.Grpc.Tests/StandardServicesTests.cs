using CollectionsPlatform.Grpc.Health.V1;
using CollectionsPlatform.Grpc.Reflection.V1;
using Google.Protobuf.Reflection;
using Alpha = CollectionsPlatform.Grpc.Reflection.V1Alpha;

namespace CollectionsPlatform.Grpc.Tests;

public sealed class StandardServicesTests(GrpcServerFixture server)
{
    [Theory]
    [InlineData("")]
    [InlineData("collections.testing.v1.EchoService")]
    public async Task Health_check_reports_serving(string service)
    {
        var response = await server.Client.SendAsync("/grpc.health.v1.Health/Check", RawGrpcClient.Frame(new HealthCheckRequest { Service = service }));

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Message(0, HealthCheckResponse.Parser).Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task Health_check_of_an_unknown_service_is_not_found()
    {
        var response = await server.Client.SendAsync("/grpc.health.v1.Health/Check", RawGrpcClient.Frame(new HealthCheckRequest { Service = "no.such.Service" }));

        response.GrpcStatus.ShouldBe(StatusCode.NotFound);
    }

    [Fact]
    public async Task Health_watch_sends_the_current_status_first()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var request = RawGrpcClient.Request("/grpc.health.v1.Health/Watch", new ByteArrayContent(RawGrpcClient.Frame(new HealthCheckRequest())));
        using var response = await server.Client.StartAsync(request, cancel.Token);
        var body = await response.Content.ReadAsStreamAsync(cancel.Token);
        var header = new byte[5];
        await body.ReadExactlyAsync(header, cancel.Token);
        var payload = new byte[header[4]];
        await body.ReadExactlyAsync(payload, cancel.Token);

        HealthCheckResponse.Parser.ParseFrom(payload).Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task Health_follows_the_host_readiness_in_check_and_watch()
    {
        var token = TestContext.Current.CancellationToken;
        var request = RawGrpcClient.Request("/grpc.health.v1.Health/Watch", new ByteArrayContent(RawGrpcClient.Frame(new HealthCheckRequest { Service = "collections.testing.v1.EchoService" })));
        using var watch = await server.Client.StartAsync(request, token);
        var stream = await watch.Content.ReadAsStreamAsync(token);
        (await ReadStatusAsync(stream, token)).ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
        try
        {
            server.Observer.Ready = false;
            await CheckUntilAsync(HealthCheckResponse.Types.ServingStatus.NotServing, token);
            (await ReadStatusAsync(stream, token)).ShouldBe(HealthCheckResponse.Types.ServingStatus.NotServing);
        }
        finally
        {
            server.Observer.Ready = true;
        }

        await CheckUntilAsync(HealthCheckResponse.Types.ServingStatus.Serving, token);
        (await ReadStatusAsync(stream, token)).ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task Reflection_v1_lists_services_and_serves_files_with_dependencies()
    {
        var body = RawGrpcClient.Frame(new ServerReflectionRequest { ListServices = "*" })
            .Concat(RawGrpcClient.Frame(new ServerReflectionRequest { FileContainingSymbol = "collections.testing.v1.EchoService" }))
            .Concat(RawGrpcClient.Frame(new ServerReflectionRequest { FileByFilename = "grpc/health/v1/health.proto" }))
            .Concat(RawGrpcClient.Frame(new ServerReflectionRequest { FileContainingSymbol = "no.such.Symbol" }))
            .ToArray();

        var response = await server.Client.SendAsync("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", body);

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        var answers = response.Messages.Select(m => ServerReflectionResponse.Parser.ParseFrom(m.Payload)).ToList();
        answers.Count.ShouldBe(4);
        answers[0].ListServicesResponse.Service.Select(s => s.Name).ShouldBe(
            ["collections.testing.v1.EchoService", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"],
            ignoreOrder: true);
        var echoFile = FileDescriptorProto.Parser.ParseFrom(answers[1].FileDescriptorResponse.FileDescriptorProto[0]);
        echoFile.Name.ShouldBe("collections/testing/v1/echo_service.proto");
        echoFile.Service.Single().Method.Select(m => m.Name).ShouldBe(["Echo", "Expand", "Collect", "Chat"]);
        FileDescriptorProto.Parser.ParseFrom(answers[2].FileDescriptorResponse.FileDescriptorProto[0]).Package.ShouldBe("grpc.health.v1");
        answers[3].ErrorResponse.ErrorCode.ShouldBe((int)StatusCode.NotFound);
    }

    [Fact]
    public async Task Reflection_v1alpha_answers_the_same_questions()
    {
        var body = RawGrpcClient.Frame(new Alpha.ServerReflectionRequest { FileContainingSymbol = "collections.testing.v1.EchoRequest" });

        var response = await server.Client.SendAsync("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", body);

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        var answer = response.Message(0, Alpha.ServerReflectionResponse.Parser);
        FileDescriptorProto.Parser.ParseFrom(answer.FileDescriptorResponse.FileDescriptorProto[0]).Name.ShouldBe("collections/testing/v1/echo_service.proto");
    }

    private static async Task<HealthCheckResponse.Types.ServingStatus> ReadStatusAsync(Stream stream, CancellationToken token)
    {
        var header = new byte[5];
        await stream.ReadExactlyAsync(header, token);
        var payload = new byte[header[4]];
        await stream.ReadExactlyAsync(payload, token);
        return HealthCheckResponse.Parser.ParseFrom(payload).Status;
    }

    private async Task CheckUntilAsync(HealthCheckResponse.Types.ServingStatus expected, CancellationToken token)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            var response = await server.Client.SendAsync("/grpc.health.v1.Health/Check", RawGrpcClient.Frame(new HealthCheckRequest()));
            if (response.Message(0, HealthCheckResponse.Parser).Status == expected)
            {
                return;
            }

            await Task.Delay(200, timeout.Token);
        }
    }
}
