using System.Buffers;
using System.Buffers.Binary;

namespace CollectionsPlatform.Grpc.Protocol;

/// <summary>Writes length-prefixed messages (flag byte, 4-byte big-endian length, payload).</summary>
public static class MessageFrameWriter
{
    /// <summary>
    /// Frames one message into <paramref name="output"/> (a PipeWriter or another buffer writer); the caller flushes.
    /// RESOURCE_EXHAUSTED when the payload exceeds <paramref name="maxSize"/>.
    /// </summary>
    public static void Write<T>(IBufferWriter<byte> output, T message, Marshaller<T> marshaller, bool gzip, int? maxSize)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(marshaller);
        if (!gzip && marshaller.IsContextual)
        {
            var size = marshaller.ComputeSize(message);
            EnsureSize(size, maxSize);
            WriteHeader(output, compressed: false, size);
            marshaller.WriteTo(message, output);
            return;
        }

        var payload = marshaller.Serializer(message);
        EnsureSize(payload.Length, maxSize);
        if (gzip)
        {
            payload = GzipCompression.Compress(payload);
        }

        WriteHeader(output, gzip, payload.Length);
        output.Write(payload);
    }

    private static void WriteHeader(IBufferWriter<byte> output, bool compressed, int length)
    {
        var header = output.GetSpan(GrpcProtocolConstants.MessageHeaderSize);
        header[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(header[1..], (uint)length);
        output.Advance(GrpcProtocolConstants.MessageHeaderSize);
    }

    private static void EnsureSize(int size, int? maxSize)
    {
        if (maxSize is { } max && size > max)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted, "Sending message exceeds the maximum configured message size."));
        }
    }
}
