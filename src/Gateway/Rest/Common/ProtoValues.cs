using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>google.type.Date ↔ ISO-8601 dates and google.protobuf.Timestamp → UTC instants.</summary>
internal static class ProtoValues
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string? ToIsoDate(Google.Type.Date? date) =>
        date is null || date.Year == 0 ? null : $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}";

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static Google.Type.Date ToProtoDate(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static DateTimeOffset? ToInstant(Timestamp? timestamp) => timestamp?.ToDateTimeOffset();
}
