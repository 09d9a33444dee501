using Collections.Cases.V1;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>One entry of a case's timeline; the typed detail is set for the event types that have one.</summary>
/// <param name="Actor">An agent <c>agents/{agent}</c>, a service such as <c>services/complaints</c>, or <c>system</c>.</param>
/// <param name="RelatedResource">A related resource name in any service, e.g. <c>complaints/3</c>.</param>
public sealed record TimelineEvent(
    string EventId,
    CaseEventType Type,
    DateTimeOffset? EventTime,
    string Actor,
    string Summary,
    string? RelatedResource,
    StateChangeDetail? StateChange,
    BucketChangeDetail? BucketChange,
    PaymentDetail? Payment);
