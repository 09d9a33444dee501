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

    /// <summary>When the consumer received the message (diagnostic split of the latency).</summary>
    public ConcurrentDictionary<Guid, long> Received { get; } = new();

    private int inFlight;

    /// <summary>Most messages inside the consumer at once (the endpoint's effective concurrency).</summary>
    public int MaxInFlight { get; private set; }

    public void Start(Guid paymentId, long timestamp) => Started[paymentId] = timestamp;

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is PaymentPosted posted)
        {
            Received.TryAdd(posted.PaymentId, Stopwatch.GetTimestamp());
            var now = Interlocked.Increment(ref inFlight);
            MaxInFlight = Math.Max(MaxInFlight, now);
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is PaymentPosted posted)
        {
            Consumed.TryAdd(posted.PaymentId, Stopwatch.GetTimestamp());
            Interlocked.Decrement(ref inFlight);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        if (context.Message is PaymentPosted)
        {
            Interlocked.Decrement(ref inFlight);
        }

        return Task.CompletedTask;
    }

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

    /// <summary>p50 of "started → consumer received" and of "received → consume (and its commit) completed".</summary>
    public string Split()
    {
        var toReceive = Started.Where(s => Received.ContainsKey(s.Key))
            .Select(s => Stopwatch.GetElapsedTime(s.Value, Received[s.Key]).TotalMilliseconds).Order().ToArray();
        var toConsume = Received.Where(r => Consumed.ContainsKey(r.Key))
            .Select(r => Stopwatch.GetElapsedTime(r.Value, Consumed[r.Key]).TotalMilliseconds).Order().ToArray();
        return $"p50 to consumer {Percentile(toReceive, 0.5):F1} ms (p99 {Percentile(toReceive, 0.99):F1}), " +
               $"p50 in consumer {Percentile(toConsume, 0.5):F1} ms (p99 {Percentile(toConsume, 0.99):F1}), at most {MaxInFlight} at once";
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
