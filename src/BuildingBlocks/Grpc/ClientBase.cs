namespace CollectionsPlatform.Grpc;

/// <summary>The base of generated clients.</summary>
public abstract class ClientBase
{
    protected ClientBase(CallInvoker callInvoker)
    {
        CallInvoker = callInvoker ?? throw new ArgumentNullException(nameof(callInvoker));
    }

    protected ClientBase(ChannelBase channel)
        : this((channel ?? throw new ArgumentNullException(nameof(channel))).CreateCallInvoker())
    {
    }

    /// <summary>Starts this client's calls.</summary>
    public CallInvoker CallInvoker { get; }
}
