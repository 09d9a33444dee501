using System.Net;
using System.Text.Json.Nodes;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>A gateway answer as a client sees it: status, media type, correlation header and the JSON body.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? MediaType, string? CorrelationId, string? Location, JsonNode? Body)
{
    public JsonNode Json => Body ?? throw new InvalidOperationException($"HTTP {(int)Status} had no JSON body.");

    /// <summary>The problem's stable reason (problem+json extension).</summary>
    public string? Reason => Body?["reason"]?.GetValue<string>();

    public string? Domain => Body?["domain"]?.GetValue<string>();

    /// <summary>The field names of a 400 problem's errors.</summary>
    public IReadOnlyList<string> ErrorFields => Body?["errors"] is JsonObject errors ? [.. errors.Select(e => e.Key)] : [];

    public override string ToString() => $"HTTP {(int)Status} {MediaType} {Body?.ToJsonString()}";
}
