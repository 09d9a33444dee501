using CollectionsPlatform.Grpc.Protocol;
using CollectionsPlatform.Grpc.Tests.V1;
using Google.Rpc;

namespace CollectionsPlatform.Grpc.Tests;

public sealed class ErrorDetailsTests(GrpcServerFixture server)
{
    private const string Echo = "/collections.testing.v1.EchoService/Echo";

    [Fact]
    public async Task Invalid_argument_carries_error_info_and_field_violations()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest { FailWith = "invalid" }));

        response.GrpcStatus.ShouldBe(Grpc.StatusCode.InvalidArgument);
        var status = Google.Rpc.Status.Parser.ParseFrom(MetadataEncoding.DecodeBinary(response.Trailer("grpc-status-details-bin")!));
        status.Code.ShouldBe((int)Code.InvalidArgument);
        var errorInfo = status.Details.Single(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>();
        errorInfo.Type.ShouldBe("TEXT_REQUIRED");
        errorInfo.Domain.ShouldBe("testing.collections");
        var badRequest = status.Details.Single(d => d.Is(BadRequest.Descriptor)).Unpack<BadRequest>();
        badRequest.FieldViolations.Single().Field.ShouldBe("text");
    }

    [Fact]
    public async Task Failed_precondition_carries_precondition_failure_and_round_trips_through_rpc_exception()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest { FailWith = "precondition" }));

        var trailers = new Metadata { { "grpc-status-details-bin", MetadataEncoding.DecodeBinary(response.Trailer("grpc-status-details-bin")!) } };
        var exception = new RpcException(new Grpc.Status(response.GrpcStatus!.Value, response.GrpcMessage!), trailers);
        exception.StatusCode.ShouldBe(Grpc.StatusCode.FailedPrecondition);
        exception.GetStatusDetail<PreconditionFailure>()!.Violations.Single().Subject.ShouldBe("cases/1");
        exception.GetStatusDetail<ErrorInfo>()!.Type.ShouldBe("CASE_ON_HOLD");
    }

    [Fact]
    public async Task Grpc_message_is_percent_encoded()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest { FailWith = "unicode" }));

        response.GrpcMessage.ShouldBe("caf%C3%A9 100%25 done%0A");
        PercentEncoding.Decode(response.GrpcMessage!).ShouldBe("café 100% done\n");
    }

    [Fact]
    public async Task An_unexpected_exception_is_internal_without_its_text()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest { FailWith = "crash" }));

        response.GrpcStatus.ShouldBe(Grpc.StatusCode.Internal);
        response.GrpcMessage.ShouldBe("Exception was thrown by handler.");
        string.Join(";", response.Trailers.Values.Concat(response.Headers.Values)).ShouldNotContain("secret");
    }
}
