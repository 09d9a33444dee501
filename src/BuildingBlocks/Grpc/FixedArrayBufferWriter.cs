using System.Buffers;

namespace CollectionsPlatform.Grpc;

/// <summary>An <see cref="IBufferWriter{T}"/> over one pre-sized array.</summary>
internal sealed class FixedArrayBufferWriter(byte[] buffer) : IBufferWriter<byte>
{
    private int _written;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => buffer.AsMemory(_written);

    public Span<byte> GetSpan(int sizeHint = 0) => buffer.AsSpan(_written);
}
