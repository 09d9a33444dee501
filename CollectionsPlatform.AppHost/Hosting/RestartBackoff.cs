namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>How long to wait before restart attempt <c>n</c> (1-based) of a crashed service or server: 1 s, 2 s, 4 s … 30 s.</summary>
internal static class RestartBackoff
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public static TimeSpan Before(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(Longest.TotalSeconds, Math.Pow(2, Math.Clamp(attempt - 1, 0, 5))));
}
