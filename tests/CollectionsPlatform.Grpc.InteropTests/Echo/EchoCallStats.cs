namespace CollectionsPlatform.Grpc.InteropTests.Echo;

/// <summary>Counts the calls the Echo server runs, so a test can prove a cancellation reached the handler.</summary>
public sealed class EchoCallStats
{
    private int _active;
    private int _cancelled;
    private int _completed;

    public int Active => Volatile.Read(ref _active);

    public int Cancelled => Volatile.Read(ref _cancelled);

    public int Completed => Volatile.Read(ref _completed);

    /// <summary>Marks a call as running until the returned scope is disposed; counts it cancelled if its token fires first.</summary>
    public EchoCallScope Track(CancellationToken callToken)
    {
        Interlocked.Increment(ref _active);
        return new EchoCallScope(this, callToken);
    }

    internal void End(bool cancelled)
    {
        if (cancelled)
        {
            Interlocked.Increment(ref _cancelled);
        }

        Interlocked.Increment(ref _completed);
        Interlocked.Decrement(ref _active);
    }
}
