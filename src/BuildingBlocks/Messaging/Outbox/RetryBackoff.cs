namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>Exponential backoff from 100 ms, doubling per consecutive failure, capped.</summary>
internal static class RetryBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(100);

    public static TimeSpan Delay(int consecutiveFailures, TimeSpan max)
    {
        if (consecutiveFailures <= 0)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(consecutiveFailures - 1, 20);
        var delay = TimeSpan.FromTicks(First.Ticks << exponent);
        return delay < max ? delay : max;
    }
}
