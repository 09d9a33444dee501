using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using Google.Protobuf.WellKnownTypes;
using ProtoBucketChange = Collections.Cases.V1.BucketChange;
using ProtoCaseEvent = Collections.Cases.V1.CaseEvent;

namespace CollectionsPlatform.Cases.Mapping;

/// <summary>Stored timeline entries and bucket changes → v1 <c>CaseEvent</c> and <c>BucketChange</c>.</summary>
public static class CaseEventMapping
{
    private static readonly (TimelineEntryKind Kind, CaseEventType Type)[] Types =
    [
        (TimelineEntryKind.Opened, CaseEventType.Opened), (TimelineEntryKind.BalancesUpdated, CaseEventType.BalancesUpdated),
        (TimelineEntryKind.BucketChanged, CaseEventType.BucketChanged), (TimelineEntryKind.StateChanged, CaseEventType.StateChanged),
        (TimelineEntryKind.PaymentPosted, CaseEventType.PaymentPosted), (TimelineEntryKind.Assigned, CaseEventType.Assigned),
        (TimelineEntryKind.HoldPlaced, CaseEventType.HoldPlaced), (TimelineEntryKind.HoldLifted, CaseEventType.HoldLifted),
        (TimelineEntryKind.PlanActivated, CaseEventType.PlanActivated), (TimelineEntryKind.PlanCompleted, CaseEventType.PlanCompleted),
        (TimelineEntryKind.PlanBroken, CaseEventType.PlanBroken), (TimelineEntryKind.PromiseKept, CaseEventType.PromiseKept),
        (TimelineEntryKind.PromiseBroken, CaseEventType.PromiseBroken), (TimelineEntryKind.Closed, CaseEventType.Closed),
    ];

    public static CaseEventType ToProto(TimelineEntryKind kind) =>
        Types.Where(t => t.Kind == kind).Select(t => t.Type).DefaultIfEmpty(CaseEventType.Unspecified).First();

    /// <summary>The timeline kind an event type filter selects; null for types the timeline never holds.</summary>
    public static TimelineEntryKind? ToDomain(CaseEventType type) =>
        Types.Where(t => t.Type == type).Select(t => (TimelineEntryKind?)t.Kind).FirstOrDefault();

    public static ProtoCaseEvent ToProto(TimelineEntryRecord entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var proto = new ProtoCaseEvent
        {
            Name = $"{ResourceNames.Case(entry.CaseId)}/events/{entry.Id}",
            Type = ToProto((TimelineEntryKind)entry.Kind),
            EventTime = Timestamp.FromDateTimeOffset(entry.OccurredAt),
            Summary = entry.Summary,
        };
        CaseEventDetailMapping.AddDetail(proto, entry);
        return proto;
    }

    public static ProtoBucketChange ToProto(BucketChangeRecord change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new ProtoBucketChange
        {
            FromBucket = EnumMapping.ToProto((Domain.Cases.DelinquencyBucket)change.FromBucket),
            ToBucket = EnumMapping.ToProto((Domain.Cases.DelinquencyBucket)change.ToBucket),
            DaysPastDue = change.DaysPastDue,
            ChangeTime = Timestamp.FromDateTimeOffset(change.ChangedAt),
        };
    }
}
