using Collections.Cases.V1;
using Grpc.Core;

namespace CollectionsPlatform.Cases.FunctionalTests;

public sealed class LifecycleTests(CasesHostFixture host)
{
    private readonly CaseService.CaseServiceClient client = host.Client;

    [Fact]
    public async Task Assigning_a_case_sets_queue_and_agent_and_records_it_on_the_timeline()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));

        var assigned = await client.AssignCaseAsync(new AssignCaseRequest { Name = opened.Name, Queue = "m2-field", Agent = "agents/A-17", Etag = opened.Etag });

        assigned.Assignment.Queue.ShouldBe("m2-field");
        assigned.Assignment.Agent.ShouldBe("agents/A-17");
        assigned.Etag.ShouldNotBe(opened.Etag);
        (await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name })).ShouldBe(assigned);
        var events = await client.ListCaseEventsAsync(new ListCaseEventsRequest { Parent = opened.Name, Types_ = { CaseEventType.Assigned } });
        events.Events.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_nothing_is_written()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var assigned = await client.AssignCaseAsync(new AssignCaseRequest { Name = opened.Name, Queue = "q1" });

        var error = await Should.ThrowAsync<RpcException>(async () =>
            await client.AssignCaseAsync(new AssignCaseRequest { Name = opened.Name, Queue = "q2", Etag = opened.Etag }));

        error.StatusCode.ShouldBe(StatusCode.Aborted);
        error.Reason().ShouldBe("ETAG_MISMATCH");
        (await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name })).ShouldBe(assigned);
    }

    [Fact]
    public async Task A_replayed_request_id_returns_the_case_and_reuse_with_other_content_is_refused()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var requestId = Guid.NewGuid().ToString();
        var first = await client.AssignCaseAsync(new AssignCaseRequest { Name = opened.Name, Queue = "q1", RequestId = requestId });

        var replay = await client.AssignCaseAsync(new AssignCaseRequest { Name = opened.Name, Queue = "q1", RequestId = requestId });
        var reuse = await Should.ThrowAsync<RpcException>(async () =>
            await client.AssignCaseAsync(new AssignCaseRequest { Name = opened.Name, Queue = "q2", RequestId = requestId }));

        replay.ShouldBe(first);
        reuse.StatusCode.ShouldBe(StatusCode.AlreadyExists);
        reuse.Reason().ShouldBe("REQUEST_ID_REUSED");
        (await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name })).ShouldBe(first);
    }

    [Fact]
    public async Task Invalid_assignments_and_unknown_cases_are_refused()
    {
        var invalid = await Should.ThrowAsync<RpcException>(async () =>
            await client.AssignCaseAsync(new AssignCaseRequest { Name = "cases/x", Queue = "", Agent = "bob" }));
        var unknown = await Should.ThrowAsync<RpcException>(async () =>
            await client.AssignCaseAsync(new AssignCaseRequest { Name = $"cases/{Guid.NewGuid()}", Queue = "q1" }));

        invalid.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        invalid.Fields().ShouldBe(["name", "queue", "agent"]);
        unknown.StatusCode.ShouldBe(StatusCode.NotFound);
        unknown.Reason().ShouldBe("CASE_NOT_FOUND");
    }

    [Fact]
    public async Task Closing_a_case_announces_case_closed_and_a_second_close_is_case_closed()
    {
        await using var bus = await EventBus.ConnectAsync(host.EventBusUri);
        await bus.ListenAsync("CaseClosed");
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));

        var closed = await client.CloseCaseAsync(new CloseCaseRequest { Name = opened.Name, Reason = CloseReason.WrittenOff, Etag = opened.Etag });
        var again = await Should.ThrowAsync<RpcException>(async () =>
            await client.CloseCaseAsync(new CloseCaseRequest { Name = opened.Name, Reason = CloseReason.Recalled }));

        closed.State.ShouldBe(CaseState.WrittenOff);
        closed.CloseReason.ShouldBe(CloseReason.WrittenOff);
        closed.CloseTime.ShouldNotBeNull();
        again.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        again.Reason().ShouldBe("CASE_CLOSED");
        (await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name })).ShouldBe(closed);
        (await bus.WaitForAsync("CaseClosed", opened.Name["cases/".Length..], TimeSpan.FromSeconds(20))).ShouldNotBeNull().ShouldContain("WrittenOff");
    }

    [Fact]
    public async Task The_next_action_follows_the_bucket_with_its_reason_and_strategy_version()
    {
        var early = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount(), daysPastDue: 12));
        var late = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount(), daysPastDue: 200));
        var field = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount(), daysPastDue: 100, principal: 80_000));

        var sms = await client.GetNextActionAsync(new GetNextActionRequest { Name = early.Name });
        var legal = await client.GetNextActionAsync(new GetNextActionRequest { Name = late.Name });
        var visit = await client.GetNextActionAsync(new GetNextActionRequest { Name = field.Name });

        sms.Action.ShouldBe(ActionType.SmsReminder);
        sms.Reason.ShouldBe("EARLY_STAGE_REMINDER");
        sms.StrategyVersion.ShouldBe("strategy-2026.11");
        sms.Inputs.Bucket.ShouldBe(DelinquencyBucket.M1);
        sms.Inputs.AboveFieldVisitThreshold.ShouldBeFalse();
        legal.Action.ShouldBe(ActionType.LegalReview);
        visit.Action.ShouldBe(ActionType.FieldVisit);
        visit.Inputs.AboveFieldVisitThreshold.ShouldBeTrue();
    }

    [Fact]
    public async Task The_timeline_and_bucket_history_list_oldest_first_across_pages()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount(), principal: 500));
        await client.AssignCaseAsync(new AssignCaseRequest { Name = opened.Name, Queue = "q1" });
        var payment = await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, CaseRequests.NewPaymentId(), 850.5m));

        var first = await client.ListCaseEventsAsync(new ListCaseEventsRequest { Parent = opened.Name, PageSize = 3 });
        var rest = await client.ListCaseEventsAsync(new ListCaseEventsRequest { Parent = opened.Name, PageToken = first.NextPageToken });
        var buckets = await client.ListBucketChangesAsync(new ListBucketChangesRequest { Parent = opened.Name });

        first.Events.Concat(rest.Events).Select(e => e.Type).ShouldBe([
            CaseEventType.Opened, CaseEventType.Assigned, CaseEventType.Assigned, CaseEventType.PaymentPosted,
            CaseEventType.BucketChanged, CaseEventType.StateChanged]);
        rest.NextPageToken.ShouldBeEmpty();
        var events = first.Events.Concat(rest.Events).ToList();
        events[1].Assignment.Queue.ShouldBe("m2-phone");
        events[3].RelatedResource.ShouldBe(payment.Name);
        (events[4].BucketChange.FromBucket, events[4].BucketChange.ToBucket).ShouldBe((DelinquencyBucket.M2, DelinquencyBucket.Current));
        (events[5].StateChange.FromState, events[5].StateChange.ToState, events[5].StateChange.Reason).ShouldBe((CaseState.Open, CaseState.Cured, "PAID_IN_FULL"));
        buckets.BucketChanges.Select(b => (b.FromBucket, b.ToBucket)).ShouldBe([
            (DelinquencyBucket.Current, DelinquencyBucket.M2), (DelinquencyBucket.M2, DelinquencyBucket.Current)]);
    }
}
