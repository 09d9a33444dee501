using Collections.PaymentPlans.V1;
using Grpc.Core;
using CollectionsPlatform.PaymentPlans.Features.Scheduler;

namespace CollectionsPlatform.PaymentPlans.FunctionalTests;

/// <summary>The sweep the host's scheduler runs, run here at a later instant (the time is injected, no waiting for days)
/// on the host's database; the host's outbox publishes what it staged.</summary>
public sealed class SchedulerTests(PlansHostFixture host)
{
    private async Task SweepAtAsync(DateTimeOffset now)
    {
        await using var db = host.CreateDbContext();
        await new PlanSweep(db).RunAsync(now, CancellationToken.None);
    }

    [Fact]
    public async Task An_instalment_unpaid_past_the_grace_days_is_missed_and_breaks_the_plan()
    {
        await using var events = await EventListener.StartAsync(host.EventBusUri, "InstalmentMissed", "PlanBroken");
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);
        var proposed = await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name, firstDue: Requests.Today.AddDays(5)));
        var plan = await host.Plans.AcceptPaymentPlanAsync(Requests.Accept(proposed));

        await SweepAtAsync(DateTimeOffset.UtcNow.AddDays(5 + 3));
        var withinGrace = await host.Plans.GetPaymentPlanAsync(new GetPaymentPlanRequest { Name = plan.Name });
        await SweepAtAsync(DateTimeOffset.UtcNow.AddDays(5 + 4));
        var broken = await host.Plans.GetPaymentPlanAsync(new GetPaymentPlanRequest { Name = plan.Name });

        withinGrace.State.ShouldBe(PlanState.Active);
        broken.State.ShouldBe(PlanState.Broken);
        broken.Schedule.Instalments[0].State.ShouldBe(InstalmentState.Missed);
        var planId = Requests.IdOf(plan.Name).ToString();
        (await events.WaitForAsync("InstalmentMissed", planId)).Count.ShouldBe(1);
        (await events.WaitForAsync("PlanBroken", planId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_promise_unpaid_past_date_and_grace_is_broken_and_a_partly_paid_one_partial()
    {
        await using var events = await EventListener.StartAsync(host.EventBusUri, "PromiseBroken");
        var caseName = await host.Cases.OpenCaseAsync();
        var unpaid = await host.Plans.CreatePromiseToPayAsync(new CreatePromiseToPayRequest
        {
            Parent = caseName, PromiseToPay = new PromiseToPay { Amount = Requests.Money(300m), PromiseDate = Requests.Date(Requests.Today) },
        });
        var otherCase = await host.Cases.OpenCaseAsync();
        var partly = await host.Plans.CreatePromiseToPayAsync(new CreatePromiseToPayRequest
        {
            Parent = otherCase, PromiseToPay = new PromiseToPay { Amount = Requests.Money(300m), PromiseDate = Requests.Date(Requests.Today) },
        });
        await host.Plans.RecordPaymentAsync(new RecordPaymentRequest
        {
            Parent = otherCase, PaymentId = "PAY-" + Guid.NewGuid().ToString("N"), Amount = Requests.Money(100m), ValueDate = Requests.Date(Requests.Today),
        });

        await SweepAtAsync(DateTimeOffset.UtcNow.AddDays(4));

        (await host.Plans.GetPromiseToPayAsync(new GetPromiseToPayRequest { Name = unpaid.Name })).State.ShouldBe(PromiseState.Broken);
        var partial = await host.Plans.GetPromiseToPayAsync(new GetPromiseToPayRequest { Name = partly.Name });
        partial.State.ShouldBe(PromiseState.PartiallyKept);
        partial.PaidAmount.Amount().ShouldBe(100m);
        (await events.WaitForAsync("PromiseBroken", Requests.IdOf(unpaid.Name).ToString())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_proposal_past_its_offer_validity_expires_and_can_no_longer_be_accepted()
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);
        var proposed = await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name));

        await SweepAtAsync(DateTimeOffset.UtcNow.AddDays(15));
        var error = await Should.ThrowAsync<RpcException>(async () => await host.Plans.AcceptPaymentPlanAsync(
            new AcceptPaymentPlanRequest { Name = proposed.Name, AcceptedBy = "debtors/D-1", Channel = "WEB" }));

        (await host.Plans.GetPaymentPlanAsync(new GetPaymentPlanRequest { Name = proposed.Name })).State.ShouldBe(PlanState.Expired);
        error.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        error.Reason().ShouldBe("PLAN_EXPIRED");
    }
}
