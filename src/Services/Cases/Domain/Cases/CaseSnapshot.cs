using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>A stored case's current facts, to restore a <see cref="CollectionCase"/> for a change. Histories
/// (bucket changes, timeline) are not part of it: a restored case records only what happens from then on.</summary>
public sealed record CaseSnapshot(
    Guid Id,
    string AccountReference,
    string DebtorReference,
    ProductType Product,
    CaseBalances Balances,
    Money UnappliedCredit,
    int DaysPastDue,
    DelinquencyBucket Bucket,
    CaseState State,
    IReadOnlyList<CaseHold> Holds,
    CaseState? StateBeforeHold,
    CaseAssignment Assignment,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    CaseCommitments Commitments,
    CaseCloseReason? CloseReason,
    DateTimeOffset? ClosedAt,
    IReadOnlyCollection<string> PostedPaymentIds);
