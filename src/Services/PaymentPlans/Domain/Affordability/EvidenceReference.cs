namespace CollectionsPlatform.PaymentPlans.Domain.Affordability;

/// <summary>A reference to a stored document (never its content): its id, kind and date.</summary>
public sealed record EvidenceReference(string DocumentId, EvidenceType Type, DateOnly DocumentDate);
