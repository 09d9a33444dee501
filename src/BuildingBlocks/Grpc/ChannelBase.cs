namespace CollectionsPlatform.Grpc;

/// <summary>A connection to a server address that can start calls (GrpcChannel derives from it).</summary>
public abstract class ChannelBase(string target)
{
    /// <summary>The address the channel calls.</summary>
    public string Target { get; } = target;

    /// <summary>A call invoker that starts calls on this channel.</summary>
    public abstract CallInvoker CreateCallInvoker();
}
