namespace CollectionsPlatform.Benchmarks.Messaging;

internal static class Waiting
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {timeout}: {what}");
            }

            await Task.Delay(20);
        }
    }
}
