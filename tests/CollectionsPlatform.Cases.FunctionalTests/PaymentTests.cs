using CollectionsPlatform.Api;
using Collections.Cases.V1;
using Case = Collections.Cases.V1.Case;
using CollectionsPlatform.Cases.Mapping;
using Grpc.Core;

namespace CollectionsPlatform.Cases.FunctionalTests;

public sealed class PaymentTests(CasesHostFixture host)
{
    private readonly CaseService.CaseServiceClient client = host.Client;

    [Fact]
    public async Task A_payment_reduces_the_balance_and_is_listed_and_announced()
    {
        await using var bus = await EventBus.ConnectAsync(host.EventBusUri);
        await bus.ListenAsync("PaymentPosted");
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var paymentId = CaseRequests.NewPaymentId();

        var payment = await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, paymentId, 350.5m));

        payment.Name.ShouldBe($"{opened.Name}/payments/{paymentId}");
        payment.Amount.ShouldBe(MoneyMapping.ToProto(350.5m, "CNY"));
        var read = await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name });
        read.Balances.Total.ShouldBe(MoneyMapping.ToProto(12_000m, "CNY"));
        read.TotalPaid.ShouldBe(MoneyMapping.ToProto(350.5m, "CNY"));
        read.Etag.ShouldNotBe(opened.Etag);
        var listed = await client.ListPaymentsAsync(new ListPaymentsRequest { Parent = opened.Name });
        listed.Payments.ShouldHaveSingleItem().ShouldBe(payment);
        var announced = await bus.WaitForAsync("PaymentPosted", paymentId, TimeSpan.FromSeconds(20));
        announced.ShouldNotBeNull();
        announced.ShouldContain(opened.Name["cases/".Length..]);
    }

    [Fact]
    public async Task The_same_payment_twice_is_posted_once_and_other_content_under_its_id_is_already_exists()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var paymentId = CaseRequests.NewPaymentId();
        var first = await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, paymentId, 100m));

        var again = await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, paymentId, 100m));
        var reused = await Should.ThrowAsync<RpcException>(async () => await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, paymentId, 200m)));

        again.ShouldBe(first);
        reused.StatusCode.ShouldBe(StatusCode.AlreadyExists);
        reused.Reason().ShouldBe("PAYMENT_ID_REUSED");
        var read = await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name });
        read.TotalPaid.ShouldBe(MoneyMapping.ToProto(100m, "CNY"));
        (await client.ListPaymentsAsync(new ListPaymentsRequest { Parent = opened.Name })).Payments.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(0, "CNY", StatusCode.InvalidArgument, "AMOUNT_NOT_POSITIVE", "amount")]
    [InlineData(-5, "CNY", StatusCode.InvalidArgument, "AMOUNT_NOT_POSITIVE", "amount")]
    [InlineData(10, "XXX", StatusCode.InvalidArgument, "UNKNOWN_CURRENCY", "amount.currency_code")]
    [InlineData(10, "USD", StatusCode.InvalidArgument, "CURRENCY_MISMATCH", "currency_code")]
    public async Task A_bad_amount_is_refused_with_its_reason_and_nothing_is_written(int amount, string currency, StatusCode code, string reason, string field)
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));

        var error = await Should.ThrowAsync<RpcException>(async () =>
            await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, CaseRequests.NewPaymentId(), amount, currency)));

        error.StatusCode.ShouldBe(code);
        error.Reason().ShouldBe(reason);
        error.Fields().ShouldContain(field);
        await AssertUnchangedAsync(opened);
    }

    [Fact]
    public async Task Missing_payment_fields_are_all_reported()
    {
        var error = await Should.ThrowAsync<RpcException>(async () => await client.PostPaymentAsync(new PostPaymentRequest()));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.Fields().ShouldBe(["parent", "payment_id", "amount", "value_date", "channel"]);
    }

    [Fact]
    public async Task A_payment_to_an_unknown_case_is_not_found()
    {
        var name = $"cases/{Guid.NewGuid()}";

        var error = await Should.ThrowAsync<RpcException>(async () => await client.PostPaymentAsync(CaseRequests.Payment(name, CaseRequests.NewPaymentId(), 10m)));

        error.StatusCode.ShouldBe(StatusCode.NotFound);
        error.Reason().ShouldBe("CASE_NOT_FOUND");
        var listing = await Should.ThrowAsync<RpcException>(async () => await client.ListPaymentsAsync(new ListPaymentsRequest { Parent = name }));
        listing.StatusCode.ShouldBe(StatusCode.NotFound);
    }

    [Fact]
    public async Task A_payment_to_a_closed_case_is_failed_precondition_and_nothing_is_written()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var closed = await client.CloseCaseAsync(new CloseCaseRequest { Name = opened.Name, Reason = CloseReason.Recalled });

        var error = await Should.ThrowAsync<RpcException>(async () => await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, CaseRequests.NewPaymentId(), 10m)));

        error.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        error.Reason().ShouldBe("CASE_CLOSED");
        await AssertUnchangedAsync(closed);
    }

    [Fact]
    public async Task Paying_in_full_cures_the_case_and_announces_the_state_change_and_closing()
    {
        await using var bus = await EventBus.ConnectAsync(host.EventBusUri);
        await bus.ListenAsync("CaseStateChanged", "CaseClosed");
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount(), principal: 1_000));
        var caseId = opened.Name["cases/".Length..];

        await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, CaseRequests.NewPaymentId(), 600m));
        await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, CaseRequests.NewPaymentId(), 750.5m));

        var read = await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name });
        read.State.ShouldBe(CaseState.Cured);
        read.Bucket.ShouldBe(DelinquencyBucket.Current);
        read.CloseReason.ShouldBe(CloseReason.PaidInFull);
        read.Balances.Total.ShouldBe(MoneyMapping.ToProto(0m, "CNY"));
        (await bus.WaitForAsync("CaseStateChanged", caseId, TimeSpan.FromSeconds(20))).ShouldNotBeNull().ShouldContain("Cured");
        (await bus.WaitForAsync("CaseClosed", caseId, TimeSpan.FromSeconds(20))).ShouldNotBeNull().ShouldContain("PaidInFull");
    }

    [Fact]
    public async Task Concurrent_payments_to_one_case_are_all_posted()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));

        var posted = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
            await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, CaseRequests.NewPaymentId(), i))));

        posted.Length.ShouldBe(8);
        var read = await client.GetCaseAsync(new GetCaseRequest { Name = opened.Name });
        read.TotalPaid.ShouldBe(MoneyMapping.ToProto(36m, "CNY"));
        read.Balances.Total.ShouldBe(MoneyMapping.ToProto(12_350.5m - 36m, "CNY"));
        (await client.ListPaymentsAsync(new ListPaymentsRequest { Parent = opened.Name })).Payments.Count.ShouldBe(8);
    }

    [Fact]
    public async Task Payments_list_newest_first_across_pages()
    {
        var opened = await client.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()));
        var ids = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add(CaseRequests.NewPaymentId());
            await client.PostPaymentAsync(CaseRequests.Payment(opened.Name, ids[^1], i));
        }

        var first = await client.ListPaymentsAsync(new ListPaymentsRequest { Parent = opened.Name, PageSize = 3 });
        var second = await client.ListPaymentsAsync(new ListPaymentsRequest { Parent = opened.Name, PageSize = 3, PageToken = first.NextPageToken });

        first.NextPageToken.ShouldNotBeEmpty();
        second.NextPageToken.ShouldBeEmpty();
        first.Payments.Concat(second.Payments).Select(p => p.Name[(p.Name.LastIndexOf('/') + 1)..]).ShouldBe(Enumerable.Reverse(ids));
    }

    private async Task AssertUnchangedAsync(Case before)
    {
        var after = await client.GetCaseAsync(new GetCaseRequest { Name = before.Name });
        after.ShouldBe(before);
        (await client.ListPaymentsAsync(new ListPaymentsRequest { Parent = before.Name })).Payments.ShouldBeEmpty();
    }
}
