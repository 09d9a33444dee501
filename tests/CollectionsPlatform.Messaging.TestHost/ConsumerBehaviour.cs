using System.Collections.Concurrent;

namespace CollectionsPlatform.Messaging.TestHost;

/// <summary>
/// Test knobs and observations of the PaymentPosted consumer: a delay per message (so a SIGKILL lands
/// mid-batch), the reference that always fails, attempts per reference, and the trace id each
/// handled payment ran under.
/// </summary>
public sealed class ConsumerBehaviour
{
    public const string PoisonReference = "always-fails";

    public TimeSpan EffectDelay { get; init; }

    public ConcurrentDictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<Guid, string> TraceIds { get; } = new();
}
