namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Polls a condition until it holds or the timeout passes (then fails with the description).</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string description)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {timeout}: {description}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
