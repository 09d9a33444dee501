using CollectionsPlatform.Api;
using Collections.Cases.V1;
using Case = Collections.Cases.V1.Case;
using CollectionsPlatform.Cases.Mapping;
using Grpc.Core;

namespace CollectionsPlatform.Cases.FunctionalTests;

public sealed class IntakeTests(CasesHostFixture host)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);
    private readonly CaseService.CaseServiceClient client = host.Client;

    [Fact]
    public async Task A_delinquency_file_opens_updates_moves_and_cures_cases_and_rejects_malformed_rows_by_line()
    {
        var a = Enumerable.Range(1, 5).Select(_ => CaseRequests.NewAccount()).ToArray();
        var n = Enumerable.Range(1, 4).Select(_ => CaseRequests.NewAccount()).ToArray();
        await client.ImportAsync(IntakeRows.Message(IntakeRows.NewBatch(),
            IntakeRows.Row(2, a[0], 10), IntakeRows.Row(3, a[1], 20), IntakeRows.Row(4, a[2], 45), IntakeRows.Row(5, a[4], 5)));
        var before = await client.FindAsync(a[4]);
        await using var events = await EventBus.ConnectAsync(host.EventBusUri);
        await events.ListenAsync("CaseOpened", "CaseBucketChanged", "CaseStateChanged", "CaseClosed");
        var noDebtor = IntakeRows.Row(9, n[2], 30);
        noDebtor.Debtor = "people/9";

        var summary = await client.ImportAsync(IntakeRows.Message(IntakeRows.NewBatch(),
            IntakeRows.Row(2, a[0], 15, principal: 1_100m), IntakeRows.Row(3, a[1], 40), IntakeRows.Row(4, a[2], 0),
            IntakeRows.Row(5, a[3], 95), IntakeRows.Row(6, n[0], 30, currency: "XXX"), IntakeRows.Row(7, n[1], 30, principal: -5m),
            IntakeRows.Row(8, string.Empty, 30), noDebtor, IntakeRows.Row(10, a[4], 7, currency: "USD"),
            IntakeRows.Row(11, n[3], 0), IntakeRows.Row(12, a[3], 96)));

        (summary.RowsReceived, summary.RowsAccepted, summary.RowsRejected).ShouldBe((11L, 5L, 6L));
        (summary.CasesOpened, summary.CasesUpdated, summary.BucketChanges, summary.CasesCured).ShouldBe((1L, 3L, 2L, 1L));
        summary.RowErrors.Select(e => (e.LineNumber, e.Reason, e.Field)).ShouldBe([
            (6L, "UNKNOWN_CURRENCY", "principal.currency_code"), (7L, "AMOUNT_NEGATIVE", "principal"), (8L, "FIELD_REQUIRED", "account_reference"),
            (9L, "FIELD_INVALID", "debtor"), (10L, "CURRENCY_MISMATCH", "currency_code"), (12L, "ACCOUNT_DUPLICATED", "account_reference")]);
        summary.RowErrors.ShouldAllBe(e => e.Description.Length > 0);

        var updated = (await client.FindAsync(a[0]))!;
        (updated.DaysPastDue, updated.Bucket, updated.State).ShouldBe((15, DelinquencyBucket.M1, CaseState.Open));
        updated.Balances.Principal.ShouldBe(MoneyMapping.ToProto(1_100m, "CNY"));
        var moved = (await client.FindAsync(a[1]))!;
        (moved.Bucket, moved.State).ShouldBe((DelinquencyBucket.M2, CaseState.Open));
        moved.BucketChangeTime.ShouldBeGreaterThan(moved.CreateTime);
        var m2 = new ListCasesRequest { AccountReference = a[1] };
        m2.Buckets.Add(DelinquencyBucket.M2);
        (await client.ListCasesAsync(m2)).Cases.Single().Name.ShouldBe(moved.Name);
        var cured = (await client.FindAsync(a[2]))!;
        (cured.Bucket, cured.State, cured.DaysPastDue).ShouldBe((DelinquencyBucket.Current, CaseState.Cured, 0));
        var opened = (await client.FindAsync(a[3]))!;
        (opened.Bucket, opened.State, opened.DaysPastDue).ShouldBe((DelinquencyBucket.M4, CaseState.Open, 95));
        (await client.FindAsync(a[4])).ShouldBe(before);
        foreach (var account in n)
            (await client.FindAsync(account)).ShouldBeNull();

        (await events.WaitForAsync("CaseOpened", EventTimeout, Id(opened), a[3], "M4")).ShouldNotBeNull();
        (await events.WaitForAsync("CaseBucketChanged", EventTimeout, Id(moved), "M1", "M2")).ShouldNotBeNull();
        (await events.WaitForAsync("CaseStateChanged", EventTimeout, Id(cured), "Cured")).ShouldNotBeNull();
        (await events.WaitForAsync("CaseClosed", EventTimeout, Id(cured), "Cured")).ShouldNotBeNull("a case the feed cures is closed, as one cured by a payment is");
    }

    [Fact]
    public async Task Re_importing_a_completed_batch_returns_its_first_summary_and_applies_nothing()
    {
        var (account, batch) = (CaseRequests.NewAccount(), IntakeRows.NewBatch());
        var first = await client.ImportAsync(IntakeRows.Message(batch, IntakeRows.Row(2, account, 10), IntakeRows.Row(3, string.Empty, 10)));
        var stored = await client.FindAsync(account);

        var replay = await client.ImportAsync(IntakeRows.Message(batch, IntakeRows.Row(2, account, 50), IntakeRows.Row(3, CaseRequests.NewAccount(), 10)));

        (first.CasesOpened, first.RowsRejected).ShouldBe((1L, 1L));
        replay.ShouldBe(first);
        (await client.FindAsync(account)).ShouldBe(stored);
    }

    [Fact]
    public async Task One_stream_with_two_batch_ids_is_invalid_argument_and_writes_nothing()
    {
        var (first, second) = (CaseRequests.NewAccount(), CaseRequests.NewAccount());

        var error = await Should.ThrowAsync<RpcException>(async () => await client.ImportAsync(
            IntakeRows.Message(IntakeRows.NewBatch(), IntakeRows.Row(2, first, 10)),
            IntakeRows.Message(IntakeRows.NewBatch(), IntakeRows.Row(3, second, 10))));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.Reason().ShouldBe("IMPORT_BATCH_MIXED");
        (await client.FindAsync(first)).ShouldBeNull();
        (await client.FindAsync(second)).ShouldBeNull();
    }

    private static string Id(Case stored) => stored.Name["cases/".Length..];
}
