using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Api;

/// <summary>google.type.Date ↔ DateOnly (full dates only).</summary>
public static class DateMapping
{
    public static bool TryToDomain(Google.Type.Date? date, out DateOnly value)
    {
        value = default;
        if (date is null || date.Year is < 1 or > 9999 || date.Month is < 1 or > 12 || date.Day < 1 || date.Day > DateTime.DaysInMonth(date.Year, date.Month))
            return false;
        value = new DateOnly(date.Year, date.Month, date.Day);
        return true;
    }

    /// <summary>An optional date: null when absent (or all zero), FIELD_INVALID when not a full calendar date.</summary>
    public static DateOnly? ToDomain(Google.Type.Date? date, string field)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
            return null;
        if (!TryToDomain(date, out var value))
            throw new DomainException("FIELD_INVALID", "The date must be a full calendar date.", field);
        return value;
    }

    public static Google.Type.Date ToProto(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };
}
