using System.Buffers;
using System.Text;
using Google.Protobuf;

namespace CollectionsPlatform.Grpc;

/// <summary>Factories for marshallers.</summary>
public static class Marshallers
{
    /// <summary>A marshaller for UTF-8 strings.</summary>
    public static Marshaller<string> StringMarshaller { get; } =
        new(Encoding.UTF8.GetBytes, Encoding.UTF8.GetString);

    /// <summary>A marshaller from a serializer and a deserializer.</summary>
    public static Marshaller<T> Create<T>(Func<T, byte[]> serializer, Func<byte[], T> deserializer) =>
        new(serializer, deserializer);

    /// <summary>
    /// A marshaller for a protobuf message type: contextual (no intermediate arrays) when every type in the
    /// message supports buffer serialization, otherwise through arrays and coded streams, which older
    /// generated types (Google.Api.CommonProtos' Money and Date) need.
    /// </summary>
    public static Marshaller<T> ForMessage<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(parser);
        if (!BufferSerialization.IsSupported(parser.ParseFrom([]).Descriptor))
        {
            return new Marshaller<T>(static message => message.ToByteArray(), parser.ParseFrom);
        }

        return new Marshaller<T>(
            static message => message.CalculateSize(),
            static (message, output) => message.WriteTo(output),
            parser.ParseFrom);
    }
}
