using System.Diagnostics;
using CollectionsPlatform.Contracts.IntegrationEvents;
using CollectionsPlatform.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Messaging.Tests;

public sealed class OutboxStagingTests
{
    private static readonly PaymentPosted Posted = new()
    {
        PaymentId = Guid.NewGuid(),
        CaseId = Guid.NewGuid(),
        PaymentReference = "BANK-7781",
        Amount = 1234.56m,
        Currency = "CNY",
        ValueDate = new DateOnly(2026, 11, 20),
        OutstandingBalance = 8765.44m,
        OccurredAt = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Staging_adds_an_outbox_row_to_the_unit_of_work_that_restores_the_same_event()
    {
        using var dbContext = new ModelOnlyDbContext();

        var row = dbContext.AddIntegrationEvent(Posted, orderingKey: Posted.CaseId.ToString());

        dbContext.Entry(row).State.ShouldBe(EntityState.Added);
        row.MessageId.ShouldNotBe(Guid.Empty);
        row.OrderingKey.ShouldBe(Posted.CaseId.ToString());
        row.DispatchedAt.ShouldBeNull();
        var type = IntegrationEventSerializer.ResolveType(row.MessageType);
        type.ShouldBe(typeof(PaymentPosted));
        IntegrationEventSerializer.Deserialize(row.Body, type).ShouldBe(Posted);
    }

    [Fact]
    public void Each_staged_event_gets_its_own_message_id()
    {
        using var dbContext = new ModelOnlyDbContext();

        var first = dbContext.AddIntegrationEvent(Posted);
        var second = dbContext.AddIntegrationEvent(Posted);

        first.MessageId.ShouldNotBe(second.MessageId);
    }

    [Fact]
    public void The_current_trace_is_stored_with_the_event()
    {
        using var dbContext = new ModelOnlyDbContext();
        using var call = new Activity("grpc call").SetIdFormat(ActivityIdFormat.W3C).Start();
        call.TraceStateString = "vendor=1";

        var row = dbContext.AddIntegrationEvent(Posted);

        row.TraceParent.ShouldBe(call.Id);
        row.TraceState.ShouldBe("vendor=1");
    }

    [Fact]
    public void The_dispatch_span_continues_the_stored_trace()
    {
        using var call = new Activity("grpc call").SetIdFormat(ActivityIdFormat.W3C).Start();
        using var dbContext = new ModelOnlyDbContext();
        var row = dbContext.AddIntegrationEvent(Posted);
        call.Stop();
        Activity.Current = null;

        using var dispatch = OutboxTelemetry.StartDispatch(row);

        dispatch.ShouldNotBeNull();
        dispatch.TraceId.ShouldBe(call.TraceId);
        dispatch.ParentSpanId.ShouldBe(call.SpanId);
    }

    [Fact]
    public void Without_a_current_activity_no_trace_is_stored_and_dispatch_starts_none()
    {
        Activity.Current = null;
        using var dbContext = new ModelOnlyDbContext();

        var row = dbContext.AddIntegrationEvent(Posted);

        row.TraceParent.ShouldBeNull();
        OutboxTelemetry.StartDispatch(row).ShouldBeNull();
    }
}
