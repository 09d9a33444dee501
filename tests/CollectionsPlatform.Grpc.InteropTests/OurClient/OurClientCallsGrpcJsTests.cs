using Collections.Cases.V1;
using CollectionsPlatform.Api;
using CollectionsPlatform.Grpc.InteropTests.Hosting;
using Google.Rpc;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace CollectionsPlatform.Grpc.InteropTests.OurClient;

/// <summary>Our generated grpc-dotnet client (Contracts.Protos) calls a CaseService written on @grpc/grpc-js: messages
/// with google.type.Money and the google.rpc.Status details of its errors decode as they do from our own services.</summary>
public sealed class OurClientCallsGrpcJsTests(InteropFixture fixture) : IDisposable
{
    private const string KnownCase = "cases/0f8fad5b-d9cb-469f-a165-70867728950e";

    private readonly GrpcChannel channel = GrpcChannel.ForAddress(fixture.GrpcJsServer.Address);

    private CaseService.CaseServiceClient Cases => new(channel);

    [Fact]
    public async Task A_case_with_money_arrives_intact()
    {
        var found = await Cases.GetCaseAsync(new GetCaseRequest { Name = KnownCase }, deadline: Deadline);

        found.Name.ShouldBe(KnownCase);
        found.DaysPastDue.ShouldBe(45);
        var paid = MoneyMapping.ToDomain(found.TotalPaid, "total_paid");
        paid.Amount.ShouldBe(1234.5m);
        paid.Currency.Code.ShouldBe("CNY");
    }

    [Fact]
    public async Task Not_found_carries_an_error_info_our_client_decodes()
    {
        var error = await Should.ThrowAsync<RpcException>(async () =>
            await Cases.GetCaseAsync(new GetCaseRequest { Name = "cases/7c9e6679-7425-40de-944b-e07fc1f90ae7" }, deadline: Deadline));

        error.StatusCode.ShouldBe(StatusCode.NotFound);
        var info = error.GetRpcStatus().ShouldNotBeNull().GetDetail<ErrorInfo>().ShouldNotBeNull();
        info.Reason.ShouldBe("CASE_NOT_FOUND");
        info.Metadata["resource"].ShouldBe("cases/7c9e6679-7425-40de-944b-e07fc1f90ae7");
    }

    [Fact]
    public async Task Invalid_argument_carries_bad_request_field_violations_our_client_decodes()
    {
        var error = await Should.ThrowAsync<RpcException>(async () =>
            await Cases.GetCaseAsync(new GetCaseRequest { Name = "not-a-case" }, deadline: Deadline));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        var status = error.GetRpcStatus().ShouldNotBeNull();
        status.GetDetail<ErrorInfo>().ShouldNotBeNull().Reason.ShouldBe("FIELD_INVALID");
        status.GetDetail<BadRequest>().ShouldNotBeNull().FieldViolations.Single().Field.ShouldBe("name");
    }

    [Fact]
    public async Task Health_answers_serving_for_the_case_service()
    {
        var health = new Health.HealthClient(channel);

        var answer = await health.CheckAsync(new HealthCheckRequest { Service = "collections.cases.v1.CaseService" }, deadline: Deadline);

        answer.Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    public void Dispose() => channel.Dispose();

    private static DateTime Deadline => DateTime.UtcNow.AddSeconds(10);
}
