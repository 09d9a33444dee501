using System.Net;
using System.Net.Http.Headers;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Gateway.Tests;

public sealed class GrpcProxyTests
{
    private static readonly byte[] RequestMessage = [0, 0, 0, 0, 3, 0x0a, 0x01, 0x41];

    [Fact]
    public async Task Each_service_package_is_proxied_to_that_service_over_h2c()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cases = await FakeService.StartHealthyAsync(ct);
        await using var contacts = await FakeService.StartHealthyAsync(ct);
        await using var gateway = await StartGatewayAsync(cases, contacts, ct);
        using var client = new HttpClient();

        using var casesResponse = await CallAsync(client, gateway, "/collections.cases.v1.CaseService/GetCase", "corr-cases-1", ct);
        using var contactsResponse = await CallAsync(client, gateway, "/collections.contacts.v1.ContactService/ListContactAttempts", null, ct);

        casesResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        casesResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/grpc");
        (await casesResponse.Content.ReadAsByteArrayAsync(ct)).ShouldBe(RequestMessage);
        casesResponse.TrailingHeaders.GetValues("grpc-status").ShouldBe(["0"]);
        casesResponse.Headers.GetValues("X-Correlation-Id").ShouldBe(["corr-cases-1"]);
        cases.Seen.ShouldBe([new SeenRequest("/collections.cases.v1.CaseService/GetCase", "HTTP/2", "corr-cases-1")]);

        contactsResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        await contactsResponse.Content.ReadAsByteArrayAsync(ct);
        var generated = contactsResponse.Headers.GetValues("X-Correlation-Id").Single();
        generated.ShouldNotBeNullOrWhiteSpace();
        contacts.Seen.ShouldBe([new SeenRequest("/collections.contacts.v1.ContactService/ListContactAttempts", "HTTP/2", generated)]);
    }

    [Fact]
    public async Task A_path_outside_every_service_package_is_not_proxied_but_answered_unimplemented()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cases = await FakeService.StartHealthyAsync(ct);
        await using var contacts = await FakeService.StartHealthyAsync(ct);
        await using var gateway = await StartGatewayAsync(cases, contacts, ct);
        using var client = new HttpClient();

        using var response = await CallAsync(client, gateway, "/collections.billing.v1.InvoiceService/GetInvoice", null, ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("grpc-status").ShouldBe(["12"]); // UNIMPLEMENTED, trailers-only
        cases.Seen.ShouldBeEmpty();
        contacts.Seen.ShouldBeEmpty();
    }

    private static Task<ServiceHostProcess> StartGatewayAsync(FakeService cases, FakeService contacts, CancellationToken ct) =>
        GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["Gateway__Services__0"] = "cases",
            ["Gateway__Services__1"] = "contacts",
            ["services__cases__http__0"] = $"http://127.0.0.1:{cases.HttpPort}",
            ["services__cases__grpc__0"] = $"http://127.0.0.1:{cases.GrpcPort}",
            ["services__contacts__http__0"] = $"http://127.0.0.1:{contacts.HttpPort}",
            ["services__contacts__grpc__0"] = $"http://127.0.0.1:{contacts.GrpcPort}",
        }, ct);

    private static async Task<HttpResponseMessage> CallAsync(HttpClient client, ServiceHostProcess gateway, string path, string? correlationId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway.GrpcAddress, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(RequestMessage),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (correlationId is not null)
        {
            request.Headers.Add("X-Correlation-Id", correlationId);
        }

        return await client.SendAsync(request, ct);
    }
}
