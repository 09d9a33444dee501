namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>The written confirmation issued on acceptance: its document id and SHA-256 (lower-case hex).</summary>
public sealed record PlanConfirmation(string DocumentId, string Sha256, DateTimeOffset? IssueTime);
