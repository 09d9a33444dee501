using System.Collections.Concurrent;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>Every answer a PostPayment call got, by status code (or <c>transport error</c>), with the first few answers
/// that were not OK kept whole (time, payment id, status, detail) for the report; INTERNAL ones are all kept.</summary>
public sealed class AnswerTally
{
    private const int KeptAnswers = 40;

    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> notable = new();

    public int Internal => counts.GetValueOrDefault("Internal");

    public IReadOnlyDictionary<string, int> Counts => counts;

    public IEnumerable<string> Notable => notable;

    public void Count(string status, string paymentId, string detail)
    {
        counts.AddOrUpdate(status, 1, (_, n) => n + 1);
        if (status != "OK" && (notable.Count < KeptAnswers || status == "Internal"))
        {
            notable.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {paymentId} {status}: {detail}");
        }
    }
}
