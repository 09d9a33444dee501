namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A delinquent account was placed and a collection case opened for it.</summary>
public sealed record CaseOpened : IIntegrationEvent
{
    public required Guid CaseId { get; init; }

    public required string AccountReference { get; init; }

    public required string DebtorReference { get; init; }

    public required string ProductCode { get; init; }

    public required string Jurisdiction { get; init; }

    public required string Currency { get; init; }

    public required decimal PrincipalAmount { get; init; }

    public required decimal InterestAmount { get; init; }

    public required decimal FeesAmount { get; init; }

    public required int DaysPastDue { get; init; }

    public required string Bucket { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
