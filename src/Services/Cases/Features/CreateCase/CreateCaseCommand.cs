using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Features.CreateCase;

/// <summary>Open a case for one delinquent account. <see cref="Fingerprint"/> identifies the request
/// content for <see cref="RequestId"/> replay.</summary>
public sealed record CreateCaseCommand(
    string AccountReference, string DebtorReference, ProductType Product, CaseBalances Balances, int DaysPastDue,
    string Jurisdiction, CaseAssignment? Assignment, string? RequestId, string Fingerprint);
