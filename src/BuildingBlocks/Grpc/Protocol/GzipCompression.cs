using System.Buffers;
using System.IO.Compression;

namespace CollectionsPlatform.Grpc.Protocol;

/// <summary>gzip for message payloads (grpc-encoding: gzip).</summary>
public static class GzipCompression
{
    public static byte[] Compress(ReadOnlySpan<byte> payload)
    {
        using var output = new MemoryStream(payload.Length / 2 + 32);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(payload);
        }

        return output.ToArray();
    }

    /// <summary>Decompresses; RESOURCE_EXHAUSTED when the result exceeds <paramref name="maxSize"/>, INTERNAL when the data is not gzip.</summary>
    public static byte[] Decompress(ReadOnlySequence<byte> payload, int maxSize)
    {
        try
        {
            using var input = new MemoryStream(payload.ToArray(), writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (output.Length + read > maxSize)
                    {
                        throw new RpcException(new Status(StatusCode.ResourceExhausted, "Received message exceeds the maximum configured message size."));
                    }

                    output.Write(buffer, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            throw new RpcException(new Status(StatusCode.Internal, "Failed to decompress message."));
        }
    }
}
