using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Api.Database;

/// <summary>
/// Answers a call that failed on a transient database failure (server restarting, shutting down, unreachable, out of
/// connections) with UNAVAILABLE and ErrorInfo <c>DATABASE_UNAVAILABLE</c> when nothing can have been committed, so a
/// client may retry it; when the failure hit a commit under way the outcome is unknown and the answer is UNKNOWN with
/// <c>DATABASE_OUTCOME_UNKNOWN</c> (retry with the same request_id, which replays). Logged as a warning with the
/// SQLSTATE, never with the exception's text in the answer. Every other exception is left to grpc-dotnet (INTERNAL
/// without its text).
/// </summary>
public sealed class TransientDatabaseFailureInterceptor(DatabaseWriteTracker tracker, ILogger<TransientDatabaseFailureInterceptor> logger) : Interceptor
{
    public const string UnavailableReason = "DATABASE_UNAVAILABLE";
    public const string OutcomeUnknownReason = "DATABASE_OUTCOME_UNKNOWN";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(context, () => continuation(request, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(context, async () => { await continuation(request, responseStream, context); return true; });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        GuardAsync(context, async () => { await continuation(requestStream, responseStream, context); return true; });

    private async Task<T> GuardAsync<T>(ServerCallContext context, Func<Task<T>> handler)
    {
        var write = tracker.BeginCall();
        try
        {
            return await handler();
        }
        catch (Exception exception) when (TransientDatabaseFailure.Find(exception) is { } failure)
        {
            var domain = ErrorDomain(context.Method);
            if (write.OutcomeUnknown)
            {
                DatabaseLog.OutcomeUnknown(logger, context.Method, failure.SqlState, exception);
                throw RpcErrors.Create(Google.Rpc.Code.Unknown, "The database failed while a change was being committed; it may or may not have been applied. Retry with the same request_id to learn the outcome.", OutcomeUnknownReason, domain, null);
            }

            DatabaseLog.Unavailable(logger, context.Method, failure.SqlState, exception);
            throw RpcErrors.Create(Google.Rpc.Code.Unavailable, "The database is unavailable; nothing was changed. Retry the call.", UnavailableReason, domain, null);
        }
    }

    /// <summary>The called service's proto package (<c>/collections.cases.v1.CaseService/GetCase</c> → <c>collections.cases.v1</c>),
    /// the ErrorInfo domain the services' own errors use.</summary>
    private static string ErrorDomain(string method)
    {
        var service = method.TrimStart('/').Split('/')[0];
        var lastDot = service.LastIndexOf('.');
        return lastDot > 0 ? service[..lastDot] : service;
    }
}
