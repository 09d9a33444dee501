using System.Buffers;

namespace CollectionsPlatform.Grpc;

/// <summary>
/// Turns messages into bytes and back. Either simple (byte[] in, byte[] out) or contextual: a size function,
/// a writer into an <see cref="IBufferWriter{T}"/> and a parser from a <see cref="ReadOnlySequence{T}"/>,
/// which lets the runtime frame messages into pooled buffers without copies.
/// </summary>
public sealed class Marshaller<T>
{
    private readonly Func<T, int>? _computeSize;
    private readonly Action<T, IBufferWriter<byte>>? _writeTo;
    private readonly Func<ReadOnlySequence<byte>, T>? _parseFrom;

    public Marshaller(Func<T, byte[]> serializer, Func<byte[], T> deserializer)
    {
        Serializer = serializer ?? throw new ArgumentNullException(nameof(serializer));
        Deserializer = deserializer ?? throw new ArgumentNullException(nameof(deserializer));
    }

    public Marshaller(Func<T, int> computeSize, Action<T, IBufferWriter<byte>> writeTo, Func<ReadOnlySequence<byte>, T> parseFrom)
    {
        _computeSize = computeSize ?? throw new ArgumentNullException(nameof(computeSize));
        _writeTo = writeTo ?? throw new ArgumentNullException(nameof(writeTo));
        _parseFrom = parseFrom ?? throw new ArgumentNullException(nameof(parseFrom));
        Serializer = SerializeToArray;
        Deserializer = bytes => parseFrom(new ReadOnlySequence<byte>(bytes));
    }

    /// <summary>Serializes a message to a new array.</summary>
    public Func<T, byte[]> Serializer { get; }

    /// <summary>Parses a message from an array.</summary>
    public Func<byte[], T> Deserializer { get; }

    /// <summary>True when the marshaller can size and write a message without an intermediate array.</summary>
    public bool IsContextual => _computeSize is not null;

    /// <summary>The serialized size of the message (contextual marshallers); otherwise serializes it.</summary>
    public int ComputeSize(T message) => _computeSize is not null ? _computeSize(message) : Serializer(message).Length;

    /// <summary>Writes the serialized message into the buffer writer.</summary>
    public void WriteTo(T message, IBufferWriter<byte> output)
    {
        if (_writeTo is not null)
        {
            _writeTo(message, output);
            return;
        }

        output.Write(Serializer(message));
    }

    /// <summary>Parses a message from a (possibly multi-segment) buffer.</summary>
    public T Deserialize(ReadOnlySequence<byte> payload) =>
        _parseFrom is not null ? _parseFrom(payload) : Deserializer(payload.ToArray());

    private byte[] SerializeToArray(T message)
    {
        var buffer = new byte[_computeSize!(message)];
        var writer = new FixedArrayBufferWriter(buffer);
        _writeTo!(message, writer);
        return buffer;
    }
}
