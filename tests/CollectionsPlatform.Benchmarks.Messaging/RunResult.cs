namespace CollectionsPlatform.Benchmarks.Messaging;

internal sealed record RunResult(string Name, int Events, double EventsPerSecond, double P50Ms, double P99Ms)
{
    public override string ToString() =>
        $"{Name,-34} {Events,7} events  {EventsPerSecond,9:F0} events/s  p50 {P50Ms,7:F1} ms  p99 {P99Ms,7:F1} ms";
}
