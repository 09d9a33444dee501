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

    /// <summary>A contextual marshaller for a protobuf message type: no intermediate arrays.</summary>
    public static Marshaller<T> ForMessage<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(parser);
        return new Marshaller<T>(
            static message => message.CalculateSize(),
            static (message, output) => message.WriteTo(output),
            parser.ParseFrom);
    }
}
