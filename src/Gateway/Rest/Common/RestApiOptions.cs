using System.ComponentModel.DataAnnotations;

namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>Options of the REST/JSON API (section Gateway:Rest).</summary>
public sealed class RestApiOptions
{
    public const string SectionName = "Gateway:Rest";

    /// <summary>Deadline of each gRPC call a REST request makes; exceeded → 504.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
