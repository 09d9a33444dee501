using CollectionsPlatform.Domain;

namespace CollectionsPlatform.PaymentPlans.Features.RecordPayment;

/// <summary>A payment posted by core banking: its id (the idempotency key), case, amount and value date.</summary>
public sealed record PostedPayment(string PaymentId, Guid CaseId, Money Amount, DateOnly ValueDate);
