using System.Diagnostics;
using System.Net;
using CollectionsPlatform.Grpc.Tests.V1;
using Google.Protobuf;

namespace CollectionsPlatform.Grpc.Tests;

public sealed class ConformanceTests(GrpcServerFixture server)
{
    private const string Echo = "/collections.testing.v1.EchoService/Echo";

    [Fact]
    public async Task Oversized_message_is_resource_exhausted_and_the_server_stays_up()
    {
        var big = new EchoRequest { Payload = ByteString.CopyFrom(new byte[(4 * 1024 * 1024) + 16]) };

        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(big));

        response.GrpcStatus.ShouldBe(StatusCode.ResourceExhausted);
        response.Messages.ShouldBeEmpty();
        await AssertServerAnswers();
    }

    [Fact]
    public async Task A_message_just_under_the_limit_is_accepted()
    {
        var large = new EchoRequest { Payload = ByteString.CopyFrom(new byte[(4 * 1024 * 1024) - 64]) };

        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(large));

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Message(0, EchoResponse.Parser).PayloadSize.ShouldBe((4 * 1024 * 1024) - 64);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 10, 1, 2 })]
    [InlineData(new byte[] { 7, 0, 0, 0, 0 })]
    public async Task A_malformed_frame_is_internal_and_the_server_stays_up(byte[] body)
    {
        var response = await server.Client.SendAsync(Echo, body);

        response.GrpcStatus.ShouldBe(StatusCode.Internal);
        await AssertServerAnswers();
    }

    [Fact]
    public async Task A_payload_that_is_not_the_message_is_internal()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.FramePayload([0xFF, 0xFF, 0xFF]));

        response.GrpcStatus.ShouldBe(StatusCode.Internal);
    }

    [Fact]
    public async Task A_second_message_on_a_unary_call_is_internal()
    {
        var frame = RawGrpcClient.Frame(new EchoRequest { Text = "a" });

        var response = await server.Client.SendAsync(Echo, [.. frame, .. frame]);

        response.GrpcStatus.ShouldBe(StatusCode.Internal);
        response.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_non_grpc_content_type_is_rejected_with_415()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest()), contentType: "application/json");

        response.HttpStatus.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/collections.testing.v1.EchoService/Missing")]
    [InlineData("/collections.testing.v1.NoSuchService/Echo")]
    public async Task An_unknown_method_is_unimplemented_as_a_trailers_only_response(string path)
    {
        var response = await server.Client.SendAsync(path, RawGrpcClient.Frame(new EchoRequest()));

        response.HttpStatus.ShouldBe(HttpStatusCode.OK);
        response.TrailersOnly.ShouldBeTrue();
        response.GrpcStatus.ShouldBe(StatusCode.Unimplemented);
        response.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Deadline_exceeded_cancels_the_handler_and_answers_in_time()
    {
        server.Observer.EchoCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();

        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest { DelayMs = 10_000 }), r => r.Headers.Add("grpc-timeout", "200m"));

        response.GrpcStatus.ShouldBe(StatusCode.DeadlineExceeded);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        (await server.Observer.EchoCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).ShouldBeTrue();
        await AssertServerAnswers();
    }

    [Fact]
    public async Task Client_cancellation_mid_stream_cancels_the_handler()
    {
        server.Observer.ExpandCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();
        var request = RawGrpcClient.Request("/collections.testing.v1.EchoService/Expand", new ByteArrayContent(RawGrpcClient.Frame(new EchoRequest { Text = "forever" })));
        using var response = await server.Client.StartAsync(request, cancel.Token);
        var body = await response.Content.ReadAsStreamAsync(cancel.Token);
        var first = new byte[5];
        await body.ReadExactlyAsync(first, cancel.Token);

        await cancel.CancelAsync();
        response.Dispose();

        (await server.Observer.ExpandCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).ShouldBeTrue();
        await AssertServerAnswers();
    }

    private async Task AssertServerAnswers()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest { Text = "still up" }));
        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Message(0, EchoResponse.Parser).Text.ShouldBe("still up");
    }
}
