using CollectionsPlatform.Domain;

namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>google.type.Date ↔ DateOnly (full dates only).</summary>
public static class DateMapping
{
    public static DateOnly? ToDomain(Google.Type.Date? date, string field)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
            return null;
        if (date.Year is < 1 or > 9999 || date.Month is < 1 or > 12 || date.Day < 1 || date.Day > DateTime.DaysInMonth(date.Year, date.Month))
            throw new DomainException("FIELD_INVALID", "The date must be a full calendar date.", field);
        return new DateOnly(date.Year, date.Month, date.Day);
    }

    public static Google.Type.Date ToProto(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };
}
