using CollectionsPlatform.Messaging.Inbox;
using CollectionsPlatform.Messaging.Outbox;
using MassTransit;

namespace CollectionsPlatform.Messaging.Tests;

public sealed class RetryPolicyTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(5, 1600)]
    [InlineData(6, 2_000)]
    [InlineData(1_000, 2_000)]
    public void Dispatcher_backoff_doubles_from_100_ms_up_to_the_default_cap(int failures, int expectedMs)
    {
        RetryBackoff.Delay(failures, new OutboxOptions().MaxBackoff).ShouldBe(TimeSpan.FromMilliseconds(expectedMs));
    }

    [Fact]
    public void The_default_consumer_retry_schedule_is_two_immediate_then_growing_intervals()
    {
        new IdempotentConsumerDefinition<NoOpConsumer>().RetrySchedule.ShouldBe(
        [
            TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5),
        ]);
    }

    [Fact]
    public void The_default_outage_schedule_outlasts_a_minute_and_a_half_of_infrastructure_outage()
    {
        var outage = new IdempotentConsumerDefinition<NoOpConsumer>().OutageRetrySchedule;

        outage.Aggregate(TimeSpan.Zero, (total, wait) => total + wait).ShouldBeGreaterThan(TimeSpan.FromSeconds(90));
        outage.ShouldBe(outage.Order().ToList(), "waits never shrink");
    }

    [Fact]
    public void Outbox_options_reject_a_zero_batch_and_non_positive_intervals()
    {
        var result = new OutboxOptionsValidator().Validate(
            null, new OutboxOptions { BatchSize = 0, PollInterval = TimeSpan.Zero });

        result.Failed.ShouldBeTrue();
        result.Failures!.ShouldContain(f => f.Contains("BatchSize", StringComparison.Ordinal));
        result.Failures!.ShouldContain(f => f.Contains("PollInterval", StringComparison.Ordinal));
        new OutboxOptionsValidator().Validate(null, new OutboxOptions()).Succeeded.ShouldBeTrue();
    }

    internal sealed class NoOpConsumer : IConsumer<NoOp>
    {
        public Task Consume(ConsumeContext<NoOp> context) => Task.CompletedTask;
    }

    internal sealed record NoOp;
}
