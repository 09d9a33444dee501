namespace CollectionsPlatform.Cases.Data;

/// <summary>An idempotency key seen on a mutating call (table <c>case_requests</c>): the SHA-256 of the
/// request content and the case it produced, so a retry replays and a reuse with other content is refused.</summary>
public sealed class CaseRequestRecord
{
    public required string RequestId { get; set; }

    public required string Fingerprint { get; set; }

    public Guid CaseId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
