namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>The debtor's (or their authorised representative's) acceptance of a proposed plan.</summary>
/// <param name="DebtorId">The {debtor} of debtors/{debtor}: who accepts.</param>
/// <param name="RepresentativeId">Set when an authorised representative accepts for the debtor.</param>
/// <param name="Channel">Where it was accepted: MOBILE_APP, WEB, PHONE, FIELD_VISIT, BRANCH or EMAIL.</param>
/// <param name="Etag">The plan's etag as last read; a stale one is refused with 412.</param>
/// <param name="RequestId">Idempotency key (1-64 letters, digits, '-', '_').</param>
public sealed record AcceptPlanRequest(string? DebtorId, string? RepresentativeId, string? Channel, string? Etag, string? RequestId);
