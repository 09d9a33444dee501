namespace CollectionsPlatform.Grpc;

/// <summary>A method's description without its message types.</summary>
public interface IMethod
{
    MethodType Type { get; }

    string ServiceName { get; }

    string Name { get; }

    /// <summary>"/{serviceName}/{name}", the HTTP/2 path of the method.</summary>
    string FullName { get; }
}
