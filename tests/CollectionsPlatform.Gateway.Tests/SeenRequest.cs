namespace CollectionsPlatform.Gateway.Tests;

/// <summary>A request a fake backend received.</summary>
internal sealed record SeenRequest(string Path, string Protocol, string? CorrelationId);
