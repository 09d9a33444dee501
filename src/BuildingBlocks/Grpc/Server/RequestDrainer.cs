using Microsoft.AspNetCore.Http;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>
/// After an early rejection (unknown method, unsupported encoding, wrong content type) the response is completed,
/// then what the caller already sent is read and dropped, so the stream ends cleanly instead of with a reset that
/// proxies report as a cancelled request body. Bounded in size and time: a caller still streaming is not waited for.
/// </summary>
internal static class RequestDrainer
{
    private const long MaxDrainBytes = 4 * 1024 * 1024;
    private static readonly TimeSpan MaxDrainTime = TimeSpan.FromSeconds(1);

    public static async Task CompleteAndDrainAsync(HttpContext httpContext)
    {
        await httpContext.Response.CompleteAsync().ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        timeout.CancelAfter(MaxDrainTime);
        var reader = httpContext.Request.BodyReader;
        long drained = 0;
        try
        {
            while (drained <= MaxDrainBytes)
            {
                var result = await reader.ReadAsync(timeout.Token).ConfigureAwait(false);
                drained += result.Buffer.Length;
                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The caller kept its request stream open; stop waiting for it.
        }
        catch (IOException)
        {
            // The caller reset the stream or the connection went away; nothing left to read.
        }
    }
}
