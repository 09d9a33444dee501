using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>An interceptor type; resolved from DI when registered there, else created with a cached factory.</summary>
public sealed class InterceptorRegistration
{
    private readonly object[] _arguments;
    private ObjectFactory? _factory;

    public InterceptorRegistration(Type type, object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!typeof(Interceptor).IsAssignableFrom(type))
        {
            throw new ArgumentException($"{type.Name} does not derive from Interceptor.", nameof(type));
        }

        Type = type;
        _arguments = arguments ?? [];
    }

    public Type Type { get; }

    internal Interceptor Resolve(IServiceProvider services)
    {
        if (_arguments.Length == 0 && services.GetService(Type) is Interceptor registered)
        {
            return registered;
        }

        _factory ??= ActivatorUtilities.CreateFactory(Type, [.. _arguments.Select(a => a.GetType())]);
        return (Interceptor)_factory(services, _arguments);
    }
}
