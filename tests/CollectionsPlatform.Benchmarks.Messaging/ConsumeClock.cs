using System.Collections.Concurrent;
using System.Diagnostics;
using CollectionsPlatform.Contracts.IntegrationEvents;
using MassTransit;

namespace CollectionsPlatform.Benchmarks.Messaging;

/// <summary>Stopwatch timestamps: when each payment's event started its trip, and when its consume completed.</summary>
internal sealed class ConsumeClock : IConsumeObserver
{
    public ConcurrentDictionary<Guid, long> Started { get; } = new();

    public ConcurrentDictionary<Guid, long> Consumed { get; } = new();

    public void Start(Guid paymentId, long timestamp) => Started[paymentId] = timestamp;

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is PaymentPosted posted)
        {
            Consumed.TryAdd(posted.PaymentId, Stopwatch.GetTimestamp());
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public RunResult Summarise(string name, int events, long runStarted)
    {
        var latencies = Started
            .Where(s => Consumed.ContainsKey(s.Key))
            .Select(s => Stopwatch.GetElapsedTime(s.Value, Consumed[s.Key]).TotalMilliseconds)
            .Order()
            .ToArray();
        var elapsed = Stopwatch.GetElapsedTime(runStarted, Consumed.Values.Max());
        return new RunResult(name, events, events / elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
