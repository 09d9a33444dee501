using Collections.Cases.V1;
using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>
/// A debtor's view of one case. <see cref="Unavailable"/> names the sections ("activePlan", "pendingPromise") that
/// could not be read because the payment plans service was unavailable, too slow or does not offer the call yet; those
/// sections are then null without meaning "none".
/// </summary>
public sealed record CaseSummary(
    string CaseId,
    Product Product,
    string CurrencyCode,
    CaseBalances Balances,
    Money? TotalPaid,
    int DaysPastDue,
    DelinquencyBucket Bucket,
    CaseState State,
    bool OnHold,
    string? AsOfDate,
    ActivePlanSummary? ActivePlan,
    PendingPromiseSummary? PendingPromise,
    IReadOnlyList<string> Unavailable,
    string Etag);
