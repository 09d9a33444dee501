using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>Wakes the dispatcher of <typeparamref name="TDbContext"/> when a transaction with outbox rows commits.</summary>
public sealed class OutboxSignal<TDbContext>
    where TDbContext : DbContext
{
    private readonly Channel<bool> pending = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => pending.Writer.TryWrite(true);

    /// <summary>Waits for a notification, the timeout or cancellation; true when notified. Never throws.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (pending.Reader.TryRead(out _))
        {
            return true;
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await pending.Reader.ReadAsync(timeoutSource.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
