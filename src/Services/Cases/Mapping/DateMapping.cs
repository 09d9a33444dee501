namespace CollectionsPlatform.Cases.Mapping;

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

    public static Google.Type.Date ToProto(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };
}
