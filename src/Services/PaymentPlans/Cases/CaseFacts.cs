using CollectionsPlatform.Domain;

namespace CollectionsPlatform.PaymentPlans.Cases;

/// <summary>What plans need to know about a case: its currency, the outstanding balance, and whether it is
/// closed (no new plans or promises) or on hold.</summary>
public sealed record CaseFacts(Guid CaseId, Currency Currency, Money Outstanding, bool Closed, bool OnHold);
