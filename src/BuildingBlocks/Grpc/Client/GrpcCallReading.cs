namespace CollectionsPlatform.Grpc.Client;

/// <summary>Reads the single response of a unary or client-streaming call.</summary>
internal static class GrpcCallReading
{
    private static readonly Status NoMessage = new(StatusCode.Internal, "Failed to read the response: the server sent no message for a unary call.");
    private static readonly Status ExtraMessage = new(StatusCode.Internal, "Failed to read the response: the server sent more than one message for a unary call.");

    public static async Task<TResponse> ReadSingleResponseAsync<TRequest, TResponse>(this GrpcCall<TRequest, TResponse> call)
        where TRequest : class
        where TResponse : class
    {
        TResponse? response = null;
        var count = 0;
        while (await call.ReadNextAsync(message => { response = message; count++; }, CancellationToken.None).ConfigureAwait(false))
        {
            if (count > 1)
            {
                call.Abort(ExtraMessage);
                throw call.CreateException();
            }
        }

        var status = call.FinishFromTrailers(response is null ? NoMessage : null);
        if (status.StatusCode != StatusCode.OK)
        {
            throw call.CreateException();
        }

        return response ?? throw new RpcException(NoMessage, call.GetTrailers());
    }
}
