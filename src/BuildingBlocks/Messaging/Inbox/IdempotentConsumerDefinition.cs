using CollectionsPlatform.Data;
using MassTransit;

namespace CollectionsPlatform.Messaging.Inbox;

/// <summary>
/// The retry policy beside a consumer, in two tiers. A transient infrastructure failure (PostgreSQL unreachable or
/// restarting, see <see cref="TransientDatabaseFailure"/>) is retried on <see cref="OutageRetryIntervals"/>, which
/// outlast an outage of a minute or more (about two minutes by default), so an outage dead-letters nothing. Any other
/// failure is retried <see cref="ImmediateRetries"/> times at once, then once per <see cref="RetryIntervals"/> entry;
/// when those are spent MassTransit moves the message to <c>&lt;queue&gt;_error</c> with the fault reason in its
/// headers. Retries hold the message (unacknowledged) in memory: RabbitMQ here has no delayed-exchange plugin for
/// delayed redelivery. Subclass to change the policy.
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

    /// <summary>Waits between attempts while the infrastructure is down: 1, 2, 5, 10, 15, 30, 30, 30 s (123 s in all).</summary>
    protected virtual IReadOnlyList<TimeSpan> OutageRetryIntervals { get; } =
    [
        TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10),
        TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30),
    ];

    /// <summary>The schedule for a failure of the message itself: zero delays for the immediate retries, then the intervals.</summary>
    public IReadOnlyList<TimeSpan> RetrySchedule =>
        [.. Enumerable.Repeat(TimeSpan.Zero, ImmediateRetries), .. RetryIntervals];

    /// <summary>The schedule for a transient infrastructure failure.</summary>
    public IReadOnlyList<TimeSpan> OutageRetrySchedule => OutageRetryIntervals;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(consumerConfigurator);

        // outer tier: only transient infrastructure failures, each time re-running the inner tier
        var outage = OutageRetrySchedule;
        if (outage.Count > 0)
        {
            consumerConfigurator.UseMessageRetry(retry =>
            {
                retry.Handle<Exception>(TransientDatabaseFailure.IsTransient);
                retry.Intervals([.. outage]);
            });
        }

        // inner tier: failures of the message itself; transient ones pass straight out to the outer tier
        var schedule = RetrySchedule;
        if (schedule.Count > 0)
        {
            consumerConfigurator.UseMessageRetry(retry =>
            {
                retry.Ignore<Exception>(TransientDatabaseFailure.IsTransient);
                retry.Intervals([.. schedule]);
            });
        }
    }
}
