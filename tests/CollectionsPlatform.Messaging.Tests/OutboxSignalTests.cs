using CollectionsPlatform.Messaging.Outbox;

namespace CollectionsPlatform.Messaging.Tests;

public sealed class OutboxSignalTests
{
    [Fact]
    public async Task Commits_before_the_dispatcher_waits_coalesce_into_one_wake_up()
    {
        var signal = new OutboxSignal<ModelOnlyDbContext>();
        signal.Notify();
        signal.Notify();
        signal.Notify();

        (await signal.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).ShouldBeTrue();
        (await signal.WaitAsync(TimeSpan.FromMilliseconds(1), TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_waiting_dispatcher_wakes_on_notify()
    {
        var signal = new OutboxSignal<ModelOnlyDbContext>();
        var waiting = signal.WaitAsync(TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);

        signal.Notify();

        (await waiting).ShouldBeTrue();
    }

    [Fact]
    public async Task Stopping_ends_the_wait_without_an_exception()
    {
        var signal = new OutboxSignal<ModelOnlyDbContext>();
        using var stopping = new CancellationTokenSource();
        var waiting = signal.WaitAsync(TimeSpan.FromMinutes(5), stopping.Token);

        await stopping.CancelAsync();

        (await waiting).ShouldBeFalse();
    }
}
