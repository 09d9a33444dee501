namespace CollectionsPlatform.Orchestration;

/// <summary>Polls a health probe until it answers, the process dies, or time runs out. No fixed sleeps.</summary>
public static class Readiness
{
    public static async Task<bool> WaitAsync(
        Func<CancellationToken, Task<bool>> probe,
        Func<bool> hasFailed,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(25);
        while (DateTime.UtcNow < deadline && !hasFailed())
        {
            if (await probe(cancellationToken))
            {
                return true;
            }

            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
        }

        return await probe(cancellationToken);
    }
}
