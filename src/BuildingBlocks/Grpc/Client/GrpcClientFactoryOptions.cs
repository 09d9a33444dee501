namespace CollectionsPlatform.Grpc;

/// <summary>Options of a client registered with AddGrpcClient (shaped like grpc-dotnet's GrpcClientFactoryOptions).</summary>
public sealed class GrpcClientFactoryOptions
{
    /// <summary>The server address, for example <c>http://_grpc.cases</c> (resolved by the HttpClient's service discovery handler).</summary>
    public Uri? Address { get; set; }

    /// <summary>Further configuration of each channel the factory creates (message sizes, address resolver).</summary>
    public IList<Action<GrpcChannelOptions>> ChannelOptionsActions { get; } = [];
}
