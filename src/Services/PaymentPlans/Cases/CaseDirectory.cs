using Collections.Cases.V1;
using CollectionsPlatform.Domain;
using Grpc.Core;

namespace CollectionsPlatform.PaymentPlans.Cases;

/// <summary>Reads case facts from the Cases service over gRPC (CaseService.GetCase, discovery address
/// <c>http://_grpc.cases</c>): cases own them, so plans always quote on the current balance.</summary>
public sealed class CaseDirectory(CaseService.CaseServiceClient cases)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<CaseFacts> GetAsync(Guid caseId, CancellationToken cancellationToken)
    {
        Case found;
        try
        {
            found = await cases.GetCaseAsync(new GetCaseRequest { Name = $"cases/{caseId:D}" },
                deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken);
        }
        catch (RpcException error) when (error.StatusCode == StatusCode.NotFound)
        {
            throw new DomainException("CASE_NOT_FOUND", "The case does not exist.", "parent");
        }

        var currency = Currency.FromCode(found.CurrencyCode);
        var total = found.Balances?.Total is { } money ? money.Units + (money.Nanos / 1_000_000_000m) : 0m;
        var closed = found.State is CaseState.Cured or CaseState.Settled or CaseState.WrittenOff or CaseState.Closed;
        return new CaseFacts(caseId, currency, new Money(total, currency), closed, found.State == CaseState.OnHold);
    }
}
