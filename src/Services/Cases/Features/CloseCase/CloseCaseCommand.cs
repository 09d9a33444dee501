using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Features.CloseCase;

/// <summary>Take a case out of collection for <see cref="Reason"/>; <see cref="Etag"/> empty skips the version check.</summary>
public sealed record CloseCaseCommand(Guid CaseId, CaseCloseReason Reason, string? Etag, string? RequestId, string Fingerprint);
