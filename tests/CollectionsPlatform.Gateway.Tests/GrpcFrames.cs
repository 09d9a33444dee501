namespace CollectionsPlatform.Gateway.Tests;

/// <summary>Length-prefixed gRPC messages holding one byte, so a test can tell them apart.</summary>
internal static class GrpcFrames
{
    public static byte[] Message(byte value) => [0, 0, 0, 0, 3, 0x08, value, 0x00];

    public static async Task<byte[]> ReadMessageAsync(Stream stream, CancellationToken cancellationToken)
    {
        var frame = new byte[8];
        await stream.ReadExactlyAsync(frame, cancellationToken);
        return frame;
    }
}
