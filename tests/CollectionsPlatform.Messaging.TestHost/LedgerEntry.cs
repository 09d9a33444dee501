namespace CollectionsPlatform.Messaging.TestHost;

/// <summary>
/// Consumer-side effect of one PaymentPosted. Deliberately no unique key on <see cref="PaymentId"/>:
/// a doubled effect stays visible, only the inbox prevents it.
/// </summary>
public sealed class LedgerEntry
{
    public long Id { get; init; }

    public required Guid PaymentId { get; init; }

    public required Guid CaseId { get; init; }

    public required decimal Amount { get; init; }

    public required string Reference { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
