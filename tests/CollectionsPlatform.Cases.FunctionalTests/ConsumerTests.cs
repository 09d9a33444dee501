using Collections.Cases.V1;
using Case = Collections.Cases.V1.Case;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>Events from payment plans and complaints, published to the test's virtual host as those services would.</summary>
public sealed class ConsumerTests(CasesHostFixture host)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly CaseService.CaseServiceClient client = host.Client;

    [Fact]
    public async Task An_activated_plan_puts_the_case_in_plan_active_and_the_strategy_waits_once_even_when_redelivered()
    {
        await using var bus = await EventBus.ConnectAsync(host.EventBusUri);
        await bus.ListenAsync("CaseStateChanged");
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var caseId = CaseRequests.IdOf(opened.Name);
        var (planId, messageId) = (Guid.NewGuid(), Guid.NewGuid());
        var activated = new PlanActivated
        {
            PlanId = planId, CaseId = caseId, TotalAmount = 12_350.5m, Currency = "CNY", InstalmentCount = 12, OccurredAt = DateTimeOffset.UtcNow,
        };

        await bus.PublishAsync(activated, messageId);
        await bus.PublishAsync(activated, messageId);
        var later = Guid.NewGuid();
        await bus.PublishAsync(activated with { PlanId = later, OccurredAt = DateTimeOffset.UtcNow }, Guid.NewGuid());

        await WaitForAsync(opened.Name, async () =>
            (await Timeline(opened.Name, CaseEventType.PlanActivated)).Count(e => e.Summary.Contains(later.ToString(), StringComparison.Ordinal)
                || e.Summary.Contains(planId.ToString(), StringComparison.Ordinal)) >= 2);
        var read = await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name });
        read.State.ShouldBe(CaseState.PlanActive);
        (await Timeline(opened.Name, CaseEventType.PlanActivated)).Count(e => e.Summary.Contains(planId.ToString(), StringComparison.Ordinal)).ShouldBe(1);
        (await Timeline(opened.Name, CaseEventType.StateChanged)).Count.ShouldBe(1);
        var next = await client.GetNextActionAsync(new GetNextActionRequest { Name = opened.Name });
        next.Action.ShouldBe(ActionType.None);
        next.Reason.ShouldBe("PLAN_BEING_KEPT");
        next.Inputs.PlanActive.ShouldBeTrue();
        (await bus.WaitForAsync("CaseStateChanged", caseId.ToString(), Patience)).ShouldNotBeNull().ShouldContain("PlanActive");
    }

    [Fact]
    public async Task A_broken_plan_returns_the_case_to_in_contact_and_a_completed_plan_cures_it()
    {
        var broken = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var completed = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        await using var bus = await EventBus.ConnectAsync(host.EventBusUri);
        var (brokenPlan, completedPlan) = (Guid.NewGuid(), Guid.NewGuid());
        await bus.PublishAsync(Activated(broken.Name, brokenPlan), Guid.NewGuid());
        await bus.PublishAsync(Activated(completed.Name, completedPlan), Guid.NewGuid());
        await WaitForStateAsync(broken.Name, CaseState.PlanActive);
        await WaitForStateAsync(completed.Name, CaseState.PlanActive);

        await bus.PublishAsync(new PlanBroken
        {
            PlanId = brokenPlan, CaseId = CaseRequests.IdOf(broken.Name), MissedInstalments = 2, OutstandingAmount = 9_000m, Currency = "CNY", OccurredAt = DateTimeOffset.UtcNow,
        }, Guid.NewGuid());
        await bus.PublishAsync(new PlanCompleted
        {
            PlanId = completedPlan, CaseId = CaseRequests.IdOf(completed.Name), TotalPaid = 12_350.5m, Currency = "CNY", OccurredAt = DateTimeOffset.UtcNow,
        }, Guid.NewGuid());

        await WaitForStateAsync(broken.Name, CaseState.InContact);
        await WaitForStateAsync(completed.Name, CaseState.Cured);
        (await Timeline(broken.Name, CaseEventType.PlanBroken)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_hold_pauses_the_strategy_until_it_is_lifted()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var caseId = CaseRequests.IdOf(opened.Name);
        var (holdId, complaintId) = (Guid.NewGuid(), Guid.NewGuid());
        await using var bus = await EventBus.ConnectAsync(host.EventBusUri);

        await bus.PublishAsync(new HoldPlaced { HoldId = holdId, CaseId = caseId, Reason = "dispute", ComplaintId = complaintId, OccurredAt = DateTimeOffset.UtcNow }, Guid.NewGuid());

        var held = await WaitForStateAsync(opened.Name, CaseState.OnHold);
        var hold = held.Holds.ShouldHaveSingleItem();
        hold.Hold.ShouldBe($"holds/{holdId}");
        hold.Reason.ShouldBe(HoldReason.Dispute);
        hold.Source.ShouldBe($"complaints/{complaintId}");
        var paused = await client.GetNextActionAsync(new GetNextActionRequest { Name = opened.Name });
        paused.Action.ShouldBe(ActionType.None);
        paused.Reason.ShouldBe("CASE_ON_HOLD");
        paused.Inputs.OnHold.ShouldBeTrue();
        var placed = (await Timeline(opened.Name, CaseEventType.HoldPlaced)).ShouldHaveSingleItem();
        (placed.Actor, placed.RelatedResource, placed.Hold.Hold).ShouldBe(("services/complaints", $"complaints/{complaintId}", $"holds/{holdId}"));

        await bus.PublishAsync(new HoldLifted { HoldId = holdId, CaseId = caseId, Reason = "dispute", OccurredAt = DateTimeOffset.UtcNow }, Guid.NewGuid());

        var resumed = await WaitForStateAsync(opened.Name, CaseState.Open);
        resumed.Holds.ShouldBeEmpty();
        (await client.GetNextActionAsync(new GetNextActionRequest { Name = opened.Name })).Action.ShouldBe(ActionType.Call);
    }

    [Fact]
    public async Task Two_holds_keep_the_case_on_hold_until_both_are_lifted()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var caseId = CaseRequests.IdOf(opened.Name);
        var (dispute, harassment) = (Guid.NewGuid(), Guid.NewGuid());
        await using var bus = await EventBus.ConnectAsync(host.EventBusUri);
        await bus.PublishAsync(new HoldPlaced { HoldId = dispute, CaseId = caseId, Reason = "dispute", ComplaintId = null, OccurredAt = DateTimeOffset.UtcNow }, Guid.NewGuid());
        await bus.PublishAsync(new HoldPlaced { HoldId = harassment, CaseId = caseId, Reason = "harassment", ComplaintId = null, OccurredAt = DateTimeOffset.UtcNow }, Guid.NewGuid());
        await WaitForAsync(opened.Name, async () => (await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name })).Holds.Count == 2);

        await bus.PublishAsync(new HoldLifted { HoldId = dispute, CaseId = caseId, Reason = "dispute", OccurredAt = DateTimeOffset.UtcNow }, Guid.NewGuid());
        await WaitForAsync(opened.Name, async () => (await Timeline(opened.Name, CaseEventType.HoldLifted)).Count == 1);

        var stillHeld = await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name });
        stillHeld.State.ShouldBe(CaseState.OnHold);
        stillHeld.Holds.ShouldHaveSingleItem().Hold.ShouldBe($"holds/{harassment}");
        stillHeld.Holds[0].Source.ShouldBe("services/complaints");
        (await client.GetNextActionAsync(new GetNextActionRequest { Name = opened.Name })).Reason.ShouldBe("CASE_ON_HOLD");
        await bus.PublishAsync(new HoldLifted { HoldId = harassment, CaseId = caseId, Reason = "harassment", OccurredAt = DateTimeOffset.UtcNow }, Guid.NewGuid());
        (await WaitForStateAsync(opened.Name, CaseState.Open)).Holds.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_broken_promise_is_counted_and_makes_an_early_case_a_call()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount(), daysPastDue: 10));
        await using var bus = await EventBus.ConnectAsync(host.EventBusUri);

        await bus.PublishAsync(new PromiseBroken
        {
            PromiseId = Guid.NewGuid(), CaseId = CaseRequests.IdOf(opened.Name), PromisedAmount = 500m, PaidAmount = 100m, Currency = "CNY",
            PromisedDate = new DateOnly(2026, 11, 15), OccurredAt = DateTimeOffset.UtcNow,
        }, Guid.NewGuid());

        await WaitForAsync(opened.Name, async () => (await Timeline(opened.Name, CaseEventType.PromiseBroken)).Count == 1);
        var next = await client.GetNextActionAsync(new GetNextActionRequest { Name = opened.Name });
        next.Action.ShouldBe(ActionType.Call);
        next.Reason.ShouldBe("PROMISE_BROKEN");
        next.Inputs.BrokenPromises.ShouldBe(1);
    }

    [Fact]
    public async Task An_event_for_an_unknown_case_ends_in_the_error_queue_after_its_retries()
    {
        await using var bus = await EventBus.ConnectAsync(host.EventBusUri);
        var before = await bus.MessageCountAsync("cases-plan-completed_error");

        await bus.PublishAsync(new PlanCompleted
        {
            PlanId = Guid.NewGuid(), CaseId = Guid.NewGuid(), TotalPaid = 1m, Currency = "CNY", OccurredAt = DateTimeOffset.UtcNow,
        }, Guid.NewGuid());

        var deadline = DateTime.UtcNow + Patience;
        while (await bus.MessageCountAsync("cases-plan-completed_error") == before && DateTime.UtcNow < deadline)
            await Task.Delay(250);
        (await bus.MessageCountAsync("cases-plan-completed_error")).ShouldBe(before + 1);
    }

    private static PlanActivated Activated(string caseName, Guid planId) => new()
    {
        PlanId = planId, CaseId = CaseRequests.IdOf(caseName), TotalAmount = 12_350.5m, Currency = "CNY", InstalmentCount = 6, OccurredAt = DateTimeOffset.UtcNow,
    };

    private async Task<List<CaseEvent>> Timeline(string caseName, CaseEventType type) =>
        [.. (await client.ListCaseEventsAsync(new ListCaseEventsRequest { Parent = caseName, Types_ = { type } })).Events];

    private async Task<Case> WaitForStateAsync(string caseName, CaseState state)
    {
        Case? read = null;
        await WaitForAsync(caseName, async () => (read = await client.GetCaseAsync(new GetCaseRequest { Name = caseName })).State == state);
        return read!;
    }

    private static async Task WaitForAsync(string caseName, Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{caseName} did not reach the expected state within {Patience.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }
}
