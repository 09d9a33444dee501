using Collections.PaymentPlans.V1;
using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>A promise to pay and how far payments have kept it.</summary>
public sealed record PromiseToPayDetails(
    string PromiseId,
    string CaseId,
    Money? Amount,
    string? PromiseDate,
    int GraceDays,
    PromiseState State,
    Money? PaidAmount,
    string? AgentId,
    DateTimeOffset? CreateTime,
    string Etag);
