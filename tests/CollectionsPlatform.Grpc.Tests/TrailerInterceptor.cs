namespace CollectionsPlatform.Grpc.Tests;

/// <summary>Marks every unary call with a trailer, proving interceptors run.</summary>
public sealed class TrailerInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        context.ResponseTrailers.Add("x-intercepted", "yes");
        return continuation(request, context);
    }
}
