using CollectionsPlatform.Api;
using Collections.Cases.V1;
using Case = Collections.Cases.V1.Case;
using CollectionsPlatform.Cases.Mapping;
using Grpc.Core;

namespace CollectionsPlatform.Cases.FunctionalTests;

public sealed class CaseServiceTests(CasesHostFixture host)
{
    private readonly CaseService.CaseServiceClient client = host.Client;

    [Fact]
    public async Task A_created_case_is_stored_in_its_bucket_and_read_back()
    {
        var account = CaseRequests.NewAccount();

        var created = await client.CreateCaseAsync(CaseRequests.Create(account, daysPastDue: 45));
        var read = await client.GetCaseAsync(new GetCaseRequest { Name = created.Name });

        read.ShouldBe(created);
        read.Name.ShouldStartWith("cases/");
        read.Bucket.ShouldBe(DelinquencyBucket.M2);
        read.State.ShouldBe(CaseState.Open);
        read.Balances.Total.ShouldBe(MoneyMapping.ToProto(12_350.5m, "CNY"));
        read.Assignment.Queue.ShouldBe("m2-phone");
    }

    [Fact]
    public async Task Creating_a_case_publishes_case_opened_through_the_outbox()
    {
        await using var listener = await EventBus.ConnectAsync(host.EventBusUri);
        await listener.ListenAsync("CaseOpened");
        var account = CaseRequests.NewAccount();

        var created = await client.CreateCaseAsync(CaseRequests.Create(account));

        var body = await listener.WaitForAsync("CaseOpened", created.Name["cases/".Length..], TimeSpan.FromSeconds(20));
        body.ShouldNotBeNull();
        body.ShouldContain(account);
    }

    [Fact]
    public async Task An_unknown_currency_is_invalid_argument_and_nothing_is_written()
    {
        var account = CaseRequests.NewAccount();

        var error = await Should.ThrowAsync<RpcException>(async () => await client.CreateCaseAsync(CaseRequests.Create(account, currency: "XXX")));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.Reason().ShouldBe("UNKNOWN_CURRENCY");
        error.Fields().ShouldContain("case.balances.principal.currency_code");
        (await client.ListCasesAsync(new ListCasesRequest { AccountReference = account })).Cases.ShouldBeEmpty();
    }

    [Fact]
    public async Task Missing_fields_are_all_reported_as_field_violations()
    {
        var error = await Should.ThrowAsync<RpcException>(async () => await client.CreateCaseAsync(new CreateCaseRequest { Case = new Case() }));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.Fields().ShouldBe(["case.account_reference", "case.debtor", "case.product", "case.jurisdiction", "case.days_past_due", "case.balances"]);
    }

    [Fact]
    public async Task A_second_open_case_for_the_account_is_already_exists()
    {
        var account = CaseRequests.NewAccount();
        await client.CreateCaseAsync(CaseRequests.Create(account));

        var error = await Should.ThrowAsync<RpcException>(async () => await client.CreateCaseAsync(CaseRequests.Create(account)));

        error.StatusCode.ShouldBe(StatusCode.AlreadyExists);
        error.Reason().ShouldBe("CASE_ALREADY_EXISTS");
    }

    [Fact]
    public async Task A_replayed_request_id_returns_the_first_case_and_reuse_with_other_content_is_refused()
    {
        var account = CaseRequests.NewAccount();
        var requestId = Guid.NewGuid().ToString();
        var first = await client.CreateCaseAsync(CaseRequests.Create(account, requestId: requestId));

        var replay = await client.CreateCaseAsync(CaseRequests.Create(account, requestId: requestId));
        var reuse = await Should.ThrowAsync<RpcException>(async () =>
            await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount(), requestId: requestId)));

        replay.Name.ShouldBe(first.Name);
        reuse.StatusCode.ShouldBe(StatusCode.AlreadyExists);
        reuse.Reason().ShouldBe("REQUEST_ID_REUSED");
    }

    [Fact]
    public async Task An_unknown_case_is_not_found_and_a_malformed_name_is_invalid()
    {
        var missing = await Should.ThrowAsync<RpcException>(async () => await client.GetCaseAsync(new GetCaseRequest { Name = $"cases/{Guid.NewGuid()}" }));
        var malformed = await Should.ThrowAsync<RpcException>(async () => await client.GetCaseAsync(new GetCaseRequest { Name = "case/1" }));

        missing.StatusCode.ShouldBe(StatusCode.NotFound);
        missing.Reason().ShouldBe("CASE_NOT_FOUND");
        malformed.StatusCode.ShouldBe(StatusCode.InvalidArgument);
    }

    [Fact]
    public async Task Lists_filter_by_bucket_and_queue_and_page_with_opaque_tokens()
    {
        var queue = "q-" + Guid.NewGuid().ToString("N")[..8];
        foreach (var days in new[] { 10, 40, 45, 100 })
        {
            var request = CaseRequests.Create(CaseRequests.NewAccount(), daysPastDue: days);
            request.Case.Assignment.Queue = queue;
            await client.CreateCaseAsync(request);
        }

        var m2 = new ListCasesRequest { Queue = queue, PageSize = 1 };
        m2.Buckets.Add(DelinquencyBucket.M2);
        var first = await client.ListCasesAsync(m2);
        m2.PageToken = first.NextPageToken;
        var second = await client.ListCasesAsync(m2);

        first.Cases.Single().DaysPastDue.ShouldBe(45);
        second.Cases.Single().DaysPastDue.ShouldBe(40);
        first.NextPageToken.ShouldNotBeEmpty();
        second.NextPageToken.ShouldBeEmpty();
        (await client.ListCasesAsync(new ListCasesRequest { Queue = queue })).Cases.Count.ShouldBe(4);
        var bad = await Should.ThrowAsync<RpcException>(async () => await client.ListCasesAsync(new ListCasesRequest { PageToken = "not-a-token" }));
        bad.Reason().ShouldBe("INVALID_PAGE_TOKEN");
    }
}
