using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;

namespace CollectionsPlatform.Grpc.Protocol;

/// <summary>Reads length-prefixed messages from a <see cref="PipeReader"/> (use PipeReader.Create for a Stream).</summary>
public static class MessageFrameReader
{
    /// <summary>
    /// Reads the next message; false at a clean end of stream. Throws RpcException: INTERNAL for a truncated or
    /// wrongly flagged frame, RESOURCE_EXHAUSTED for a message above <paramref name="maxSize"/>.
    /// </summary>
    /// <param name="encoding">the grpc-encoding of the stream (null or identity: compressed frames are an error).</param>
    public static async ValueTask<ReadResult<T>> ReadAsync<T>(
        PipeReader reader, Marshaller<T> marshaller, int maxSize, string? encoding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(marshaller);
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (result.IsCanceled)
            {
                reader.AdvanceTo(buffer.Start);
                throw new OperationCanceledException(cancellationToken);
            }

            if (TryParse(ref buffer, maxSize, encoding, marshaller, out var message))
            {
                reader.AdvanceTo(buffer.Start);
                return new ReadResult<T>(true, message);
            }

            if (result.IsCompleted)
            {
                var empty = buffer.IsEmpty;
                reader.AdvanceTo(buffer.End);
                return empty
                    ? new ReadResult<T>(false, default)
                    : throw new RpcException(new Status(StatusCode.Internal, "Incomplete message."));
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool TryParse<T>(ref ReadOnlySequence<byte> buffer, int maxSize, string? encoding, Marshaller<T> marshaller, out T? message)
    {
        message = default;
        if (buffer.Length < GrpcProtocolConstants.MessageHeaderSize)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[GrpcProtocolConstants.MessageHeaderSize];
        buffer.Slice(0, GrpcProtocolConstants.MessageHeaderSize).CopyTo(header);
        var flag = header[0];
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (flag > 1)
        {
            throw new RpcException(new Status(StatusCode.Internal, "Invalid message frame flag."));
        }

        if (length > (uint)maxSize)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted, "Received message exceeds the maximum configured message size."));
        }

        if (buffer.Length < GrpcProtocolConstants.MessageHeaderSize + length)
        {
            return false;
        }

        var payload = buffer.Slice(GrpcProtocolConstants.MessageHeaderSize, length);
        message = flag == 1 ? ParseCompressed(payload, maxSize, encoding, marshaller) : Deserialize(marshaller, payload);
        buffer = buffer.Slice(payload.End);
        return true;
    }

    private static T ParseCompressed<T>(ReadOnlySequence<byte> payload, int maxSize, string? encoding, Marshaller<T> marshaller)
    {
        if (!string.Equals(encoding, GrpcProtocolConstants.GzipEncoding, StringComparison.OrdinalIgnoreCase))
        {
            throw new RpcException(new Status(StatusCode.Internal, "Compressed message received without a supported grpc-encoding."));
        }

        return Deserialize(marshaller, new ReadOnlySequence<byte>(GzipCompression.Decompress(payload, maxSize)));
    }

    private static T Deserialize<T>(Marshaller<T> marshaller, ReadOnlySequence<byte> payload)
    {
        try
        {
            return marshaller.Deserialize(payload);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw new RpcException(new Status(StatusCode.Internal, "Failed to deserialize message."));
        }
    }
}
