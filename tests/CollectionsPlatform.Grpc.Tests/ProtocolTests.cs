using System.Buffers;
using System.IO.Pipelines;
using CollectionsPlatform.Grpc.Protocol;
using CollectionsPlatform.Grpc.Tests.V1;

namespace CollectionsPlatform.Grpc.Tests;

public sealed class ProtocolTests
{
    [Theory]
    [InlineData("1H", 36_000_000_000L)]
    [InlineData("2M", 1_200_000_000L)]
    [InlineData("3S", 30_000_000L)]
    [InlineData("250m", 2_500_000L)]
    [InlineData("100u", 1_000L)]
    [InlineData("500n", 5L)]
    public void Grpc_timeout_parses_every_unit(string value, long ticks)
    {
        GrpcTimeout.TryParse(value, out var timeout).ShouldBeTrue();
        timeout.Ticks.ShouldBe(ticks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("123456789S")]
    [InlineData("10x")]
    [InlineData("-1S")]
    public void Grpc_timeout_rejects_malformed_values(string value) => GrpcTimeout.TryParse(value, out _).ShouldBeFalse();

    [Theory]
    [InlineData(0.5)]
    [InlineData(30)]
    [InlineData(86_400 * 400)]
    public void Grpc_timeout_format_round_trips_without_shortening(double seconds)
    {
        var formatted = GrpcTimeout.Format(TimeSpan.FromSeconds(seconds));

        (formatted.Length - 1).ShouldBeLessThanOrEqualTo(8);
        GrpcTimeout.TryParse(formatted, out var parsed).ShouldBeTrue();
        parsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("100%", "100%25")]
    [InlineData("ü\r\n", "%C3%BC%0D%0A")]
    public void Grpc_message_percent_encoding(string message, string encoded)
    {
        PercentEncoding.Encode(message).ShouldBe(encoded);
        PercentEncoding.Decode(encoded).ShouldBe(message);
    }

    [Fact]
    public void Percent_decoding_keeps_malformed_escapes() => PercentEncoding.Decode("a%zz%4").ShouldBe("a%zz%4");

    [Fact]
    public void Binary_metadata_is_sent_unpadded_and_read_with_or_without_padding()
    {
        byte[] value = [1, 2, 3, 4];

        MetadataEncoding.EncodeBinary(value).ShouldBe("AQIDBA");
        MetadataEncoding.DecodeBinary("AQIDBA").ShouldBe(value);
        MetadataEncoding.DecodeBinary("AQIDBA==").ShouldBe(value);
    }

    [Fact]
    public void Metadata_keys_are_lower_case_and_binary_keys_take_bytes()
    {
        var metadata = new Metadata { { "X-Key", "v" }, { "x-key-bin", [9] } };

        metadata[0].Key.ShouldBe("x-key");
        metadata.GetValueBytes("x-key-bin").ShouldBe([9]);
        Should.Throw<ArgumentException>(() => metadata.Add("x-other-bin", "text"));
        Should.Throw<ArgumentException>(() => metadata.Add("bad key", "v"));
    }

    [Fact]
    public async Task Frame_reader_reassembles_messages_split_across_writes()
    {
        var pipe = new Pipe();
        var marshaller = Marshallers.ForMessage(EchoRequest.Parser);
        var frames = RawGrpcClient.Frame(new EchoRequest { Text = "first" }).Concat(RawGrpcClient.Frame(new EchoRequest { Text = "second" })).ToArray();
        foreach (var chunk in frames.Chunk(3))
        {
            await pipe.Writer.WriteAsync(chunk, TestContext.Current.CancellationToken);
        }

        await pipe.Writer.CompleteAsync();

        (await MessageFrameReader.ReadAsync(pipe.Reader, marshaller, 1024, null, TestContext.Current.CancellationToken)).Message!.Text.ShouldBe("first");
        (await MessageFrameReader.ReadAsync(pipe.Reader, marshaller, 1024, null, TestContext.Current.CancellationToken)).Message!.Text.ShouldBe("second");
        (await MessageFrameReader.ReadAsync(pipe.Reader, marshaller, 1024, null, TestContext.Current.CancellationToken)).HasMessage.ShouldBeFalse();
    }

    [Fact]
    public void Frame_writer_uses_the_length_prefix_and_enforces_the_send_limit()
    {
        var output = new ArrayBufferWriter<byte>();
        var marshaller = Marshallers.ForMessage(EchoRequest.Parser);

        MessageFrameWriter.Write(output, new EchoRequest { Text = "abc" }, marshaller, gzip: false, maxSize: null);

        output.WrittenSpan.ToArray().ShouldBe(RawGrpcClient.Frame(new EchoRequest { Text = "abc" }));
        Should.Throw<RpcException>(() => MessageFrameWriter.Write(output, new EchoRequest { Text = "abc" }, marshaller, gzip: false, maxSize: 2))
            .StatusCode.ShouldBe(StatusCode.ResourceExhausted);
    }
}
