using Collections.PaymentPlans.V1;
using Grpc.Core;

namespace CollectionsPlatform.PaymentPlans.FunctionalTests;

public sealed class AffordabilityTests(PlansHostFixture host)
{
    [Fact]
    public async Task Disposable_income_and_half_of_it_as_the_largest_instalment_are_stored_with_the_evidence()
    {
        var caseName = await host.Cases.OpenCaseAsync();

        var assessment = await host.Plans.AssessAsync(caseName);
        var read = await host.Plans.GetAffordabilityAssessmentAsync(new GetAffordabilityAssessmentRequest { Name = assessment.Name });

        assessment.DisposableIncome.Amount().ShouldBe(4_000m);
        assessment.MaxInstalment.Amount().ShouldBe(2_000m);
        assessment.AffordableShareBps.ShouldBe(5_000);
        read.ShouldBe(assessment);
        read.Evidence.Single().DocumentId.ShouldBe("DOC-1");
    }

    [Fact]
    public async Task A_request_id_reused_with_other_figures_is_already_exists_and_an_unknown_case_not_found()
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var requestId = Guid.NewGuid().ToString();
        var first = await host.Plans.AssessAsync(caseName, requestId: requestId);

        var replay = await host.Plans.AssessAsync(caseName, requestId: requestId);
        var reuse = await Should.ThrowAsync<RpcException>(async () => await host.Plans.AssessAsync(caseName, income: 8_000m, requestId: requestId));
        var unknown = await Should.ThrowAsync<RpcException>(async () => await host.Plans.AssessAsync($"cases/{Guid.NewGuid()}"));

        replay.ShouldBe(first);
        reuse.Reason().ShouldBe("REQUEST_ID_REUSED");
        unknown.StatusCode.ShouldBe(StatusCode.NotFound);
    }
}
