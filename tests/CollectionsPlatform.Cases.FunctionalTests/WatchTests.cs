using Collections.Cases.V1;
using Grpc.Core;
using Google.Protobuf.WellKnownTypes;

namespace CollectionsPlatform.Cases.FunctionalTests;

public sealed class WatchTests(CasesHostFixture host)
{
    private readonly CaseService.CaseServiceClient client = host.Client;

    [Fact]
    public async Task Watching_a_case_replays_its_timeline_then_streams_new_events()
    {
        var start = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1));
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = client.WatchCase(new WatchCaseRequest { Name = opened.Name, StartTime = start }, cancellationToken: cancel.Token);
        var seen = new List<CaseEventType>();

        while (seen.Count < 2 && await watch.ResponseStream.MoveNext(cancel.Token))
            seen.Add(watch.ResponseStream.Current.Type);
        await client.CloseCaseAsync(new CloseCaseRequest { Name = opened.Name, Reason = CloseReason.Recalled });
        while (!seen.Contains(CaseEventType.Closed) && await watch.ResponseStream.MoveNext(cancel.Token))
            seen.Add(watch.ResponseStream.Current.Type);

        seen.ShouldBe([CaseEventType.Opened, CaseEventType.Assigned, CaseEventType.Closed]);
        await cancel.CancelAsync();
    }

    [Fact]
    public async Task Watching_an_unknown_case_is_not_found()
    {
        using var watch = client.WatchCase(new WatchCaseRequest { Name = $"cases/{Guid.NewGuid()}" });

        var error = await Should.ThrowAsync<RpcException>(async () => await watch.ResponseStream.MoveNext(CancellationToken.None));

        error.StatusCode.ShouldBe(StatusCode.NotFound);
    }
}
