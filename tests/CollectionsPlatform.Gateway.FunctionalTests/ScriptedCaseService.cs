using System.Collections.Concurrent;
using Collections.Cases.V1;
using Case = Collections.Cases.V1.Case;
using Grpc.Core;
using CollectionsPlatform.Api;
using Google.Rpc;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>A CaseService whose GetCase answers by case id with each kind of failure the real services produce (same
/// RpcErrors helpers), and records the correlation id each call carried.</summary>
public sealed class ScriptedCaseService(ConcurrentDictionary<string, string> correlationIds) : CaseService.CaseServiceBase
{
    public const string Domain = "collections.cases.v1";

    public override async Task<Case> GetCase(GetCaseRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var caseId = request.Name["cases/".Length..];
        correlationIds[caseId] = context.RequestHeaders.GetValue("x-correlation-id") ?? string.Empty;
        switch (caseId)
        {
            case "invalid":
                throw RpcErrors.InvalidArgument("CURRENCY_MISMATCH", Domain, ("balances.total.currency_code", "Differs from the case currency."));
            case "exists":
                throw RpcErrors.AlreadyExists("REQUEST_ID_REUSED", Domain, request.Name);
            case "on-hold":
                throw RpcErrors.FailedPrecondition("CASE_ON_HOLD", Domain, "The case is on hold.", ("STATE", request.Name, "on hold"));
            case "stale":
                throw RpcErrors.Aborted("ETAG_MISMATCH", Domain, "The etag does not match.");
            case "aborted":
                throw RpcErrors.Create(Code.Aborted, "Concurrent change.", "CONCURRENT_CHANGE", Domain, null);
            case "crash":
                throw new InvalidOperationException("secret internals at /srv/cases with account ACC-123");
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(30), context.CancellationToken);
                break;
        }

        return new Case
        {
            Name = request.Name,
            CurrencyCode = "CNY",
            Bucket = DelinquencyBucket.M1,
            State = CaseState.Open,
            Balances = new Balances { Total = new Google.Type.Money { CurrencyCode = "CNY", Units = 10 } },
            Etag = "e1",
        };
    }
}
