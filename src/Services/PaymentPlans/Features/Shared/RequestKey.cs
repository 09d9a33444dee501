namespace CollectionsPlatform.PaymentPlans.Features.Shared;

/// <summary>A mutating call's idempotency key and the SHA-256 of its content (without the key).</summary>
public sealed record RequestKey(string? RequestId, string Fingerprint);
