using CollectionsPlatform.Messaging.Inbox;

namespace CollectionsPlatform.Messaging.TestHost;

/// <summary>Short retries so the poison test stays fast: 1 immediate, then 50 ms and 100 ms.</summary>
public sealed class PaymentPostedConsumerDefinition : IdempotentConsumerDefinition<PaymentPostedConsumer>
{
    protected override int ImmediateRetries => 1;

    protected override IReadOnlyList<TimeSpan> RetryIntervals { get; } =
        [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)];
}
