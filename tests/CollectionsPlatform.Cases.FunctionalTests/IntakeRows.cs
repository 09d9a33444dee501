using CollectionsPlatform.Api;
using Collections.Cases.V1;
using Case = Collections.Cases.V1.Case;
using CollectionsPlatform.Cases.Mapping;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>Delinquency rows, import streams and error reasons for the intake tests.</summary>
internal static class IntakeRows
{
    public static readonly Google.Type.Date AsOf = new() { Year = 2026, Month = 11, Day = 23 };

    public static DelinquencyRow Row(long line, string account, int daysPastDue, decimal principal = 1_000m, string currency = "CNY") => new()
    {
        LineNumber = line,
        AccountReference = account,
        Debtor = "debtors/D-" + line,
        Product = Product.CreditCard,
        Principal = MoneyMapping.ToProto(principal, currency),
        Interest = MoneyMapping.ToProto(12.5m, currency),
        Fees = MoneyMapping.ToProto(3m, currency),
        DaysPastDue = daysPastDue,
        Jurisdiction = "CN",
    };

    public static ImportDelinquenciesRequest Message(string batchId, params DelinquencyRow[] rows)
    {
        var message = new ImportDelinquenciesRequest { BatchId = batchId, AsOfDate = AsOf };
        message.Rows.AddRange(rows);
        return message;
    }

    public static async Task<ImportDelinquenciesResponse> ImportAsync(
        this CaseService.CaseServiceClient client, params ImportDelinquenciesRequest[] messages)
    {
        using var call = client.ImportDelinquencies();
        foreach (var message in messages)
            await call.RequestStream.WriteAsync(message);
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    public static async Task<Case?> FindAsync(this CaseService.CaseServiceClient client, string account) =>
        (await client.ListCasesAsync(new ListCasesRequest { AccountReference = account })).Cases.SingleOrDefault();

    public static string NewBatch() => "batch-" + Guid.NewGuid().ToString("N")[..12];
}
