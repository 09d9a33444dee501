using MassTransit;

namespace CollectionsPlatform.Messaging.Inbox;

/// <summary>
/// The retry policy beside a consumer: <see cref="ImmediateRetries"/> at once, then one retry per
/// <see cref="RetryIntervals"/> entry. When they are spent MassTransit moves the message to
/// <c>&lt;queue&gt;_error</c> with the fault reason in its headers. Subclass to change the policy.
/// Up to <see cref="DefaultConcurrentMessageLimit"/> messages are handled at once (and prefetched): an
/// idempotent consumer mostly waits on its database, so MassTransit's CPU-based default (2 per core, at most
/// 16) leaves small machines idle; set <c>ConcurrentMessageLimit</c> in a subclass to change it.
/// </summary>
public class IdempotentConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public const int DefaultConcurrentMessageLimit = 16;

    public IdempotentConsumerDefinition()
    {
        ConcurrentMessageLimit = DefaultConcurrentMessageLimit;
        Endpoint(endpoint => endpoint.PrefetchCount = ConcurrentMessageLimit ?? DefaultConcurrentMessageLimit);
    }

    protected virtual int ImmediateRetries => 2;

    protected virtual IReadOnlyList<TimeSpan> RetryIntervals { get; } =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    /// <summary>The full retry schedule: zero delays for the immediate retries, then the intervals.</summary>
    public IReadOnlyList<TimeSpan> RetrySchedule =>
        [.. Enumerable.Repeat(TimeSpan.Zero, ImmediateRetries), .. RetryIntervals];

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(consumerConfigurator);
        var schedule = RetrySchedule;
        if (schedule.Count > 0)
        {
            consumerConfigurator.UseMessageRetry(retry => retry.Intervals([.. schedule]));
        }
    }
}
