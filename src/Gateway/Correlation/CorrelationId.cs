using System.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace CollectionsPlatform.Gateway.Correlation;

/// <summary>Rules for a correlation id: 1–128 characters of letters, digits, '-', '_', '.', ':'.</summary>
internal static class CorrelationId
{
    private const int MaxLength = 128;

    public static string? FromHeader(StringValues values)
    {
        var value = values.Count == 1 ? values[0] : null;
        return value is { Length: > 0 and <= MaxLength } && value.All(IsAllowed) ? value : null;
    }

    public static string New(Activity? activity) =>
        activity is { IdFormat: ActivityIdFormat.W3C } ? activity.TraceId.ToHexString() : Guid.NewGuid().ToString("N");

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
