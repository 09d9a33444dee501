using System.Diagnostics;
using System.Text;
using CollectionsPlatform.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CollectionsPlatform.ServiceDefaults.Tests;

public sealed class OtlpExportTests
{
    [Fact]
    public async Task Spans_are_exported_to_the_configured_endpoint_with_the_configured_resource()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var collector = await OtlpCollector.StartAsync(ct);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("OTEL_EXPORTER_OTLP_ENDPOINT", collector.BaseAddress.ToString()),
            new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            new("OTEL_SERVICE_NAME", "otel-under-test"),
            new("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=otel-test-env"),
        ]).Build();
        var settings = TelemetrySettings.From(configuration, "CollectionsPlatform.Ignored");

        using (var sdk = TelemetrySdkFactory.Create(settings, configuration))
        using (var source = new ActivitySource("CollectionsPlatform.Tests.Otel"))
        {
            using (var activity = source.StartActivity("exported-span"))
            {
                activity.ShouldNotBeNull();
            }

            sdk.TracerProvider.ForceFlush(10_000).ShouldBeTrue();
        }

        var export = await collector.Requests.ReadAsync(ct);
        export.Path.ShouldBe("/v1/traces");
        var body = Encoding.UTF8.GetString(export.Body);
        body.ShouldContain("otel-under-test");
        body.ShouldContain("otel-test-env");
        body.ShouldContain("exported-span");
        body.ShouldNotContain("CollectionsPlatform.Ignored");
    }

    [Fact]
    public void Without_otel_service_name_the_application_name_is_the_service_name()
    {
        // signals are collected only when exported, so an endpoint is configured (nothing is sent: no span is made)
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317" })
            .Build();
        var settings = TelemetrySettings.From(configuration, "CollectionsPlatform.Contacts");

        using var sdk = TelemetrySdkFactory.Create(settings, configuration);

        sdk.TracerProvider.GetResource().Attributes.ShouldContain(new KeyValuePair<string, object>("service.name", "CollectionsPlatform.Contacts"));
    }

    [Fact]
    public void Without_an_otlp_endpoint_no_telemetry_is_collected()
    {
        var configuration = new ConfigurationBuilder().Build();
        var settings = TelemetrySettings.From(configuration, "NoEndpointProbe");

        using var sdk = TelemetrySdkFactory.Create(settings, configuration);
        using var activity = new System.Diagnostics.ActivitySource("NoEndpointProbe").StartActivity("call");

        activity.ShouldBeNull("no listener samples activities when nothing exports them");
    }
}
