using Collections.PaymentPlans.V1;
using Grpc.Core;

namespace CollectionsPlatform.PaymentPlans.FunctionalTests;

public sealed class PlanLifecycleTests(PlansHostFixture host)
{
    [Fact]
    public async Task A_plan_within_affordability_goes_from_proposed_to_active_with_a_hashed_confirmation_and_events()
    {
        await using var events = await EventListener.StartAsync(host.EventBusUri, "PlanProposed", "PlanConfirmationIssued", "PlanActivated");
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);

        var proposed = await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name));
        var accepted = await host.Plans.AcceptPaymentPlanAsync(Requests.Accept(proposed));

        proposed.State.ShouldBe(PlanState.Proposed);
        proposed.WithinAffordability.ShouldBeTrue();
        accepted.State.ShouldBe(PlanState.Active);
        accepted.Acceptance.AcceptedBy.ShouldBe("debtors/D-1");
        accepted.Acceptance.Channel.ShouldBe("MOBILE_APP");
        accepted.Confirmation.Sha256.ShouldMatch("^[0-9a-f]{64}$");
        (await host.Plans.GetPaymentPlanAsync(new GetPaymentPlanRequest { Name = proposed.Name })).ShouldBe(accepted);
        var planId = Requests.IdOf(proposed.Name).ToString();
        (await events.WaitForAsync("PlanProposed", planId)).Count.ShouldBe(1);
        (await events.WaitForAsync("PlanConfirmationIssued", planId)).Single().ShouldContain(accepted.Confirmation.DocumentId);
        (await events.WaitForAsync("PlanActivated", planId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Accepting_an_already_accepted_plan_is_refused()
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);
        var proposed = await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name));
        await host.Plans.AcceptPaymentPlanAsync(Requests.Accept(proposed));

        var error = await Should.ThrowAsync<RpcException>(async () =>
            await host.Plans.AcceptPaymentPlanAsync(Requests.Accept(proposed)));

        error.StatusCode.ShouldBeOneOf(StatusCode.FailedPrecondition, StatusCode.Aborted);
        var again = await Should.ThrowAsync<RpcException>(async () => await host.Plans.AcceptPaymentPlanAsync(
            new AcceptPaymentPlanRequest { Name = proposed.Name, AcceptedBy = "debtors/D-1", Channel = "WEB" }));
        again.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        again.Reason().ShouldBe("PLAN_ALREADY_ACCEPTED");
    }

    [Fact]
    public async Task An_instalment_above_the_affordable_amount_needs_a_supervisor_before_acceptance()
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName, income: 5_500m);
        var proposed = await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name, termMonths: 6));

        var refused = await Should.ThrowAsync<RpcException>(async () => await host.Plans.AcceptPaymentPlanAsync(Requests.Accept(proposed)));
        var approved = await host.Plans.ApprovePaymentPlanAsync(
            new ApprovePaymentPlanRequest { Name = proposed.Name, Justification = "One-off bonus expected", Etag = proposed.Etag },
            new Metadata { { "x-actor", "SUP-7" } });
        var accepted = await host.Plans.AcceptPaymentPlanAsync(Requests.Accept(approved));

        proposed.State.ShouldBe(PlanState.PendingApproval);
        proposed.Approval.Reasons.ShouldBe([ApprovalReason.InstalmentAboveAffordability]);
        refused.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        refused.Reason().ShouldBe("APPROVAL_REQUIRED");
        approved.State.ShouldBe(PlanState.Proposed);
        approved.Approval.Approver.ShouldBe("supervisors/SUP-7");
        accepted.State.ShouldBe(PlanState.Active);
    }

    [Fact]
    public async Task A_settlement_discount_above_the_threshold_needs_approval()
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);
        var request = Requests.Propose(caseName, assessment.Name, PlanType.Settlement, amount: 10_000m, termMonths: 1);
        request.Terms.Settlement = new PlanTerms.Types.Settlement { SettlementAmount = Requests.Money(7_000m) };

        var proposed = await host.Plans.ProposePaymentPlanAsync(request);

        proposed.State.ShouldBe(PlanState.PendingApproval);
        proposed.Approval.Reasons.ShouldContain(ApprovalReason.SettlementDiscountAboveThreshold);
        proposed.Schedule.TotalPaid.Amount().ShouldBe(7_000m);
    }

    [Fact]
    public async Task A_rejected_proposal_writes_nothing()
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);

        var tooLong = await Should.ThrowAsync<RpcException>(async () =>
            await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name, termMonths: 61)));
        var pastDue = await Should.ThrowAsync<RpcException>(async () =>
            await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name, firstDue: Requests.Today.AddDays(-1))));
        var unknownCase = await Should.ThrowAsync<RpcException>(async () =>
            await host.Plans.ProposePaymentPlanAsync(Requests.Propose($"cases/{Guid.NewGuid()}", string.Empty)));

        tooLong.Reason().ShouldBe("PLAN_TERM_TOO_LONG");
        tooLong.Fields().ShouldContain("terms.term_months");
        pastDue.Reason().ShouldBe("FIRST_DUE_DATE_IN_PAST");
        unknownCase.StatusCode.ShouldBe(StatusCode.NotFound);
        unknownCase.Reason().ShouldBe("CASE_NOT_FOUND");
        (await host.Plans.ListPaymentPlansAsync(new ListPaymentPlansRequest { Parent = caseName })).PaymentPlans.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_replayed_request_id_returns_the_first_plan_and_reuse_with_other_content_is_already_exists()
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);
        var requestId = Guid.NewGuid().ToString();

        var first = await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name, requestId: requestId));
        var replay = await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name, requestId: requestId));
        var reuse = await Should.ThrowAsync<RpcException>(async () =>
            await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name, termMonths: 18, requestId: requestId)));

        replay.ShouldBe(first);
        reuse.StatusCode.ShouldBe(StatusCode.AlreadyExists);
        reuse.Reason().ShouldBe("REQUEST_ID_REUSED");
        (await host.Plans.ListPaymentPlansAsync(new ListPaymentPlansRequest { Parent = caseName })).PaymentPlans.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Cancelled_and_renegotiated_plans_end_and_the_new_plan_names_the_one_it_replaces()
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);
        var withdrawn = await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name));
        var cancelled = await host.Plans.CancelPaymentPlanAsync(new CancelPaymentPlanRequest { Name = withdrawn.Name, Etag = withdrawn.Etag });
        var active = await host.Plans.AcceptPaymentPlanAsync(Requests.Accept(await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name))));

        var replacement = await host.Plans.RenegotiatePaymentPlanAsync(new RenegotiatePaymentPlanRequest
        {
            Name = active.Name, Etag = active.Etag, AffordabilityAssessment = assessment.Name, Terms = Requests.Propose(caseName, assessment.Name, termMonths: 24).Terms,
        });

        cancelled.State.ShouldBe(PlanState.Cancelled);
        replacement.ReplacesPlan.ShouldBe(active.Name);
        (await host.Plans.GetPaymentPlanAsync(new GetPaymentPlanRequest { Name = active.Name })).State.ShouldBe(PlanState.Renegotiated);
        var listed = await host.Plans.ListPaymentPlansAsync(new ListPaymentPlansRequest { Parent = caseName, PageSize = 2 });
        listed.PaymentPlans.Select(p => p.Name).ShouldBe([replacement.Name, active.Name]);
        listed.NextPageToken.ShouldNotBeEmpty();
    }
}
