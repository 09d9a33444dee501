using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using Google.Protobuf.WellKnownTypes;
using DomainBucket = CollectionsPlatform.Cases.Domain.Cases.DelinquencyBucket;
using DomainState = CollectionsPlatform.Cases.Domain.Cases.CaseState;
using ProtoCaseEvent = Collections.Cases.V1.CaseEvent;
using ProtoHold = Collections.Cases.V1.CaseHold;

namespace CollectionsPlatform.Cases.Mapping;

/// <summary>The actor, related resource and typed detail of a stored timeline entry, by its kind.</summary>
public static class CaseEventDetailMapping
{
    public static void AddDetail(ProtoCaseEvent proto, TimelineEntryRecord entry)
    {
        ArgumentNullException.ThrowIfNull(proto);
        ArgumentNullException.ThrowIfNull(entry);
        var caseName = ResourceNames.Case(entry.CaseId);
        var kind = (TimelineEntryKind)entry.Kind;
        proto.Actor = kind switch
        {
            TimelineEntryKind.PlanActivated or TimelineEntryKind.PlanCompleted or TimelineEntryKind.PlanBroken
                or TimelineEntryKind.PromiseKept or TimelineEntryKind.PromiseBroken => "services/paymentplans",
            TimelineEntryKind.HoldPlaced or TimelineEntryKind.HoldLifted => "services/complaints",
            _ => "system",
        };
        switch (kind)
        {
            case TimelineEntryKind.StateChanged when entry is { FromValue: { } from, ToValue: { } to }:
                proto.StateChange = new StateChange
                {
                    FromState = EnumMapping.ToProto((DomainState)from), ToState = EnumMapping.ToProto((DomainState)to), Reason = (entry.Code ?? string.Empty).ToUpperInvariant(),
                };
                break;
            case TimelineEntryKind.BucketChanged when entry is { FromValue: { } from, ToValue: { } to }:
                proto.BucketChange = new Collections.Cases.V1.BucketChange
                {
                    FromBucket = EnumMapping.ToProto((DomainBucket)from), ToBucket = EnumMapping.ToProto((DomainBucket)to),
                    ChangeTime = Timestamp.FromDateTimeOffset(entry.OccurredAt),
                };
                break;
            case TimelineEntryKind.Assigned when entry.Code is { } queue:
                proto.Assignment = new Assignment
                {
                    Queue = queue, Agent = entry.RelatedId is { } agent ? $"agents/{agent}" : string.Empty, AssignTime = Timestamp.FromDateTimeOffset(entry.OccurredAt),
                };
                break;
            case TimelineEntryKind.HoldPlaced or TimelineEntryKind.HoldLifted when entry.RelatedId is { } hold:
                proto.Hold = new ProtoHold
                {
                    Hold = $"holds/{hold}", Reason = HoldMapping.ToProtoReason(entry.Code), Source = entry.Source ?? string.Empty,
                    PlaceTime = Timestamp.FromDateTimeOffset(entry.OccurredAt),
                };
                proto.RelatedResource = entry.Source ?? string.Empty;
                break;
            case TimelineEntryKind.PaymentPosted when entry.RelatedId is { } payment:
                proto.RelatedResource = $"{caseName}/payments/{payment}";
                break;
            case TimelineEntryKind.PlanActivated or TimelineEntryKind.PlanCompleted or TimelineEntryKind.PlanBroken when entry.RelatedId is { } plan:
                proto.RelatedResource = $"{caseName}/paymentPlans/{plan}";
                break;
            case TimelineEntryKind.PromiseKept or TimelineEntryKind.PromiseBroken when entry.RelatedId is { } promise:
                proto.RelatedResource = $"{caseName}/promises/{promise}";
                break;
            default:
                break;
        }
    }
}
