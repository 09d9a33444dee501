using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Features.AssignCase;

/// <summary>Put a case in a queue, with or without an agent; <see cref="Etag"/> empty skips the version check.</summary>
public sealed record AssignCaseCommand(Guid CaseId, CaseAssignment Assignment, string? Etag, string? RequestId, string Fingerprint);
