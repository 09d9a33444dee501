namespace CollectionsPlatform.Cases.Data;

/// <summary>Instants as PostgreSQL stores them (microseconds), so an answer equals what a later read returns.</summary>
public static class StoredTime
{
    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
