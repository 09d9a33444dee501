namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>An idempotency key seen on a mutating call (table <c>plan_requests</c>): the SHA-256 of the request
/// content and the resource it produced, so a retry replays and a reuse with other content is refused.</summary>
public sealed class RequestRecord
{
    public required string RequestId { get; set; }

    public required string Fingerprint { get; set; }

    public required string ResourceName { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
