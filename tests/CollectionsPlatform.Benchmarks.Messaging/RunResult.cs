namespace CollectionsPlatform.Benchmarks.Messaging;

internal sealed record RunResult(string Name, int Events, double EventsPerSecond, double P50Ms, double P99Ms)
{
    /// <summary>Per-figure medians (each column on its own) of repeated runs of one case.</summary>
    public static RunResult Median(IReadOnlyList<RunResult> runs) =>
        new(runs[0].Name, runs[0].Events, MedianOf(runs, r => r.EventsPerSecond), MedianOf(runs, r => r.P50Ms), MedianOf(runs, r => r.P99Ms));

    public override string ToString() =>
        $"{Name,-36} {Events,6} events  {EventsPerSecond,7:F0} events/s  p50 {P50Ms,8:F1} ms  p99 {P99Ms,8:F1} ms";

    private static double MedianOf(IReadOnlyList<RunResult> runs, Func<RunResult, double> figure)
    {
        var sorted = runs.Select(figure).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
