using CollectionsPlatform.Grpc.Protocol;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Frames one response message into the body and flushes it.</summary>
internal static class ResponseWriter
{
    public static async ValueTask WriteMessageAsync<T>(HttpContextServerCallContext context, T message, Marshaller<T> marshaller, CancellationToken cancellationToken)
    {
        var writer = Write(context, message, marshaller);
        var token = cancellationToken.CanBeCanceled ? cancellationToken : context.CancellationToken;
        await writer.FlushAsync(token).ConfigureAwait(false);
    }

    /// <summary>Frames the message without flushing (a unary response goes out with the trailers).</summary>
    public static System.IO.Pipelines.PipeWriter Write<T>(HttpContextServerCallContext context, T message, Marshaller<T> marshaller)
    {
        var writer = context.GetHttpContext().Response.BodyWriter;
        MessageFrameWriter.Write(writer, message, marshaller, context.GzipResponses, context.Options.MaxSendMessageSize);
        context.ResponseMessageWritten = true;
        return writer;
    }
}
