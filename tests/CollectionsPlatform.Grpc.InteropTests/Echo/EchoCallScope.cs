namespace CollectionsPlatform.Grpc.InteropTests.Echo;

/// <summary>One running call of the Echo server; ends cancelled when the call's token fires before disposal.</summary>
public sealed class EchoCallScope : IDisposable
{
    private readonly EchoCallStats _stats;
    private readonly CancellationTokenRegistration _registration;
    private int _ended;

    internal EchoCallScope(EchoCallStats stats, CancellationToken callToken)
    {
        _stats = stats;
        _registration = callToken.Register(() => End(cancelled: true));
    }

    public void Dispose()
    {
        _registration.Dispose();
        End(cancelled: false);
    }

    private void End(bool cancelled)
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            _stats.End(cancelled);
        }
    }
}
