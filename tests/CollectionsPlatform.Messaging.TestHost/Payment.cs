namespace CollectionsPlatform.Messaging.TestHost;

/// <summary>Producer-side state: a payment posted to a case.</summary>
public sealed class Payment
{
    public required Guid Id { get; init; }

    public required Guid CaseId { get; init; }

    public required decimal Amount { get; init; }

    public required string Reference { get; init; }
}
