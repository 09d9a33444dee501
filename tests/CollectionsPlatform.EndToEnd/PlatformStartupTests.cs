using Grpc.Net.Client;
using System.Net.Http.Json;
using Collections.Cases.V1;
using CollectionsPlatform.AppHost;
using CollectionsPlatform.AppHost.DemoData;
using CollectionsPlatform.AppHost.Hosting;
using Grpc.Core;
using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.EndToEnd;

/// <summary>The whole platform started exactly as <c>scripts/run.sh</c> starts it (same topology, same AppHost code).</summary>
public sealed class PlatformStartupTests
{
    private static readonly string[] Services = ["cases", "contacts", "paymentplans", "consent", "complaints"];
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(15) };

    [Fact]
    public async Task The_platform_starts_healthy_serves_cases_through_the_gateway_restarts_a_crashed_service_and_server_and_stops_leaving_no_process()
    {
        var ct = TestContext.Current.CancellationToken;
        var state = Directory.CreateTempSubdirectory("collections-e2e-").FullName;
        var console = new ConsoleCapture();
        var options = new AppHostOptions { StateDirectory = state, Fresh = true, DashboardPort = PortAllocator.Choose(), Console = console.Writer };
        var app = CollectionsTopology.Define(new AppHostBuilder(options)).Build();
        var seen = new HashSet<int>();
        IReadOnlyList<int> leftovers;
        try
        {
            await app.StartAsync(TimeSpan.FromMinutes(4), ct);

            app.Resources.ShouldAllBe(r => r.State == ResourceState.Healthy, console.Tail());
            var gatewayHealth = await Http.GetAsync(((ProjectResource)app["gateway"]).HttpUrl + "/health", ct);
            var body = await gatewayHealth.Content.ReadAsStringAsync(ct);
            ((int)gatewayHealth.StatusCode).ShouldBe(200, body);
            foreach (var service in Services)
            {
                body.ShouldMatch($"\"name\"\\s*:\\s*\"{service}\"", "the gateway's /health should report every service by name");
            }

            await DemoPortfolio.SeedAsync(app, 20, ct);
            await DemoPortfolio.SeedAsync(app, 20, ct); // a second run replays by request_id: no duplicates
            using (var channel = GrpcChannel.ForAddress(((ProjectResource)app["gateway"]).GrpcUrl))
            {
                var listed = await new CaseService.CaseServiceClient(channel).ListCasesAsync(new ListCasesRequest { PageSize = 100 }, cancellationToken: ct);
                listed.Cases.Select(c => c.AccountReference).Where(a => a.StartsWith("DEMO-", StringComparison.Ordinal)).Distinct().Count().ShouldBe(20);
                listed.Cases.Count.ShouldBe(20, "the demo portfolio, opened through the gateway, is all there is and none is doubled");
                await QuotesFiveSchedulesAsync(app, listed.Cases[0].Name["cases/".Length..], ct);
            }

            var resources = await Http.GetStringAsync(app.DashboardUrl + "/api/resources", ct);
            app.Resources.ShouldAllBe(r => resources.Contains($"\"name\":\"{r.Name}\""));

            var cases = app["cases"];
            var crashed = cases.ProcessId!.Value;
            UnixSignals.Send(crashed, UnixSignals.Kill);
            await WaitUntilAsync(() => cases.Restarts == 1 && cases.State == ResourceState.Healthy && cases.ProcessId != crashed, TimeSpan.FromMinutes(2), ct);

            var redis = app["redis"];
            var redisEndpoint = redis.Endpoints.Single();
            var redisCrashed = redis.ProcessId!.Value;
            UnixSignals.Send(redisCrashed, UnixSignals.Kill);
            await WaitUntilAsync(() => redis.Restarts == 1 && redis.State == ResourceState.Healthy && redis.ProcessId != redisCrashed, TimeSpan.FromMinutes(1), ct);
            redis.Endpoints.Single().ShouldBe(redisEndpoint, "a crashed server comes back where its clients look for it");
            (await Readiness.WaitAsync(token => IsOkAsync(((ProjectResource)app["gateway"]).HttpUrl + "/health", token), () => false, TimeSpan.FromMinutes(1), ct))
                .ShouldBeTrue("every service is ready again once Redis is back");
            seen.Add(redisCrashed);

            seen.UnionWith(app.Resources.Select(r => r.ProcessId).OfType<int>());
            seen.UnionWith(ProcessTable.FindUnder(state));
            seen.Add(crashed);
        }
        finally
        {
            await app.StopAsync();
            TestContext.Current.TestOutputHelper?.WriteLine(console.Tail());
            leftovers = ProcessTable.FindUnder(state);
            Directory.Delete(state, recursive: true);
        }

        leftovers.ShouldBeEmpty("processes under the state folder survived the stop");
        seen.Where(UnixSignals.IsAlive).ShouldBeEmpty();
    }

    /// <summary>A debtor's quote through the gateway's REST API: Payment plans reads the case from Cases over gRPC.</summary>
    private static async Task QuotesFiveSchedulesAsync(AppHostRunner app, string caseId, CancellationToken ct)
    {
        var firstDue = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await Http.PostAsJsonAsync(((ProjectResource)app["gateway"]).HttpUrl + $"/api/v1/cases/{caseId}/plan-quotes", new { termMonths = 12, firstDueDate = firstDue }, ct);
        var quote = await response.Content.ReadAsStringAsync(ct);
        ((int)response.StatusCode).ShouldBe(200, quote);
        foreach (var type in new[] { "EQUAL_INSTALMENT", "EQUAL_PRINCIPAL", "STEP_UP", "DEFERRAL", "SETTLEMENT" })
        {
            quote.ShouldContain($"\"{type}\"");
        }
    }

    private static async Task<bool> IsOkAsync(string url, CancellationToken ct)
    {
        try
        {
            using var response = await Http.GetAsync(url, ct);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, CancellationToken ct)
    {
        var ready = await Readiness.WaitAsync(_ => Task.FromResult(condition()), () => false, timeout, ct);
        ready.ShouldBeTrue();
    }
}
