namespace CollectionsPlatform.PaymentPlans.Features.Shared;

/// <summary>Instants cut to microseconds (PostgreSQL's precision, so answers equal later reads) and today's UTC date.</summary>
public static class Clock
{
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }

    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }
}
