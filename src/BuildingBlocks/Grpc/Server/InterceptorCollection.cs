using System.Collections.ObjectModel;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>The server's interceptor registrations.</summary>
public sealed class InterceptorCollection : Collection<InterceptorRegistration>
{
    /// <summary>Adds an interceptor created per call from the request's services (constructor arguments from DI plus <paramref name="arguments"/>).</summary>
    public void Add<TInterceptor>(params object[] arguments)
        where TInterceptor : Interceptor =>
        Add(new InterceptorRegistration(typeof(TInterceptor), arguments));
}
