namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>The work queue a case sits in and the agent (staff id) working it, if any.</summary>
public sealed record CaseAssignment(string Queue, string? AgentId);
