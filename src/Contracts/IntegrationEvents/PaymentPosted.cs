namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>Core banking posted a payment against a case's account.</summary>
public sealed record PaymentPosted : IIntegrationEvent
{
    public required Guid PaymentId { get; init; }

    public required Guid CaseId { get; init; }

    public required string PaymentReference { get; init; }

    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    public required DateOnly ValueDate { get; init; }

    public required decimal OutstandingBalance { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
