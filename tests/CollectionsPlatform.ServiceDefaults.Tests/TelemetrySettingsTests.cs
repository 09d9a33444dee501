using CollectionsPlatform.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace CollectionsPlatform.ServiceDefaults.Tests;

public sealed class TelemetrySettingsTests
{
    private static TelemetrySettings Read(params (string Key, string Value)[] settings) =>
        TelemetrySettings.From(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build(),
            "CollectionsPlatform.Cases");

    [Fact]
    public void Without_an_endpoint_nothing_is_exported()
    {
        var settings = Read();

        settings.ExportsOtlp.ShouldBeFalse();
        settings.ServiceNameFromEnvironment.ShouldBeFalse();
        settings.ServiceName.ShouldBe("CollectionsPlatform.Cases");
    }

    [Fact]
    public void Endpoint_and_protocol_are_honoured()
    {
        var settings = Read(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"), ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"));

        settings.OtlpEndpoint.ShouldBe(new Uri("http://127.0.0.1:4318"));
        settings.OtlpProtocol.ShouldBe(OtlpExportProtocol.HttpProtobuf);
    }

    [Fact]
    public void Protocol_defaults_to_grpc()
    {
        Read(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317")).OtlpProtocol.ShouldBe(OtlpExportProtocol.Grpc);
    }

    [Theory]
    [InlineData("OTEL_SERVICE_NAME", "cases")]
    [InlineData("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=dev,service.name=cases")]
    public void Service_name_from_the_environment_wins(string key, string value)
    {
        Read((key, value)).ServiceNameFromEnvironment.ShouldBeTrue();
    }
}
