namespace CollectionsPlatform.Api;

/// <summary>A request id a service has answered: the fingerprint of its content and the resource it produced.</summary>
public sealed record SeenRequest(string RequestId, string Fingerprint, string ResourceName, DateTimeOffset ReceivedAt);
