using CollectionsPlatform.Api;
using Collections.Cases.V1;
using Case = Collections.Cases.V1.Case;
using CollectionsPlatform.Cases.Mapping;
using Grpc.Core;
using Google.Rpc;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>Requests and error details for the tests.</summary>
internal static class CaseRequests
{
    public static CreateCaseRequest Create(string account, int daysPastDue = 45, string currency = "CNY", long principal = 12_000, string requestId = "") => new()
    {
        RequestId = requestId,
        Case = new Case
        {
            AccountReference = account,
            Debtor = "debtors/D-" + account,
            Product = Product.CreditCard,
            Jurisdiction = "CN",
            CurrencyCode = currency,
            DaysPastDue = daysPastDue,
            Balances = new Balances
            {
                Principal = MoneyMapping.ToProto(principal, currency),
                Interest = MoneyMapping.ToProto(300.5m, currency),
                Fees = MoneyMapping.ToProto(50m, currency),
            },
            Assignment = new Assignment { Queue = "m2-phone" },
        },
    };

    public static PostPaymentRequest Payment(string caseName, string paymentId, decimal amount, string currency = "CNY") => new()
    {
        Parent = caseName,
        PaymentId = paymentId,
        Amount = MoneyMapping.ToProto(amount, currency),
        ValueDate = new Google.Type.Date { Year = 2026, Month = 11, Day = 20 },
        Channel = PaymentChannel.MobileBanking,
    };

    public static string NewPaymentId() => "PAY-" + Guid.NewGuid().ToString("N")[..16];

    public static Guid IdOf(string caseName) => Guid.Parse(caseName["cases/".Length..]);

    public static string NewAccount() => "ACC-" + Guid.NewGuid().ToString("N")[..12];

    public static string Reason(this RpcException error) =>
        error.GetRpcStatus()!.Details.First(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>().Reason;

    public static IReadOnlyList<string> Fields(this RpcException error) =>
        [.. error.GetRpcStatus()!.Details.Where(d => d.Is(BadRequest.Descriptor)).SelectMany(d => d.Unpack<BadRequest>().FieldViolations).Select(v => v.Field)];
}
