using System.Diagnostics;
using CollectionsPlatform.Messaging.TestHost;
using CollectionsPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>The trace of the call that changed state flows through the outbox into the consumer's span.</summary>
public sealed class TraceContextTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task The_consumer_runs_in_the_trace_of_the_call_that_staged_the_event()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var callSource = new ActivitySource("CollectionsPlatform.Messaging.FunctionalTests");
        await using var scenario = await LedgerScenario.CreateAsync(infrastructure, "trace");
        var host = await scenario.StartHostAsync(consume: true);

        Payment payment;
        string callTraceId;
        using (var call = callSource.StartActivity("grpc PostPayment", ActivityKind.Server, parentContext: default))
        {
            call.ShouldNotBeNull();
            callTraceId = call.TraceId.ToString();
            payment = await LedgerScenario.PostPaymentAsync(host, 7m, "traced");
        }

        Activity.Current = null;
        var traces = host.Services.GetRequiredService<ConsumerBehaviour>().TraceIds;
        await Eventually.HoldsAsync(
            () => Task.FromResult(traces.ContainsKey(payment.Id)),
            TimeSpan.FromSeconds(20),
            "the traced payment consumed");
        traces[payment.Id].ShouldBe(callTraceId);
    }
}
