using CollectionsPlatform.Domain;
namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>A payment from core banking was applied to a case.</summary>
public sealed record PaymentPostedEvent(Guid CaseId, string PaymentId, Money Amount, DateTimeOffset OccurredAt)
    : CaseEvent(CaseId, OccurredAt);
