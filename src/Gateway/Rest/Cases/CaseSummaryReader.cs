using Collections.Cases.V1;
using Collections.PaymentPlans.V1;
using CollectionsPlatform.Gateway.Rest.Common;
using Grpc.Core;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>
/// Composes a debtor's case summary from CaseService.GetCase and, in parallel, the case's active plan and pending
/// promise from PaymentPlanService. The case decides the answer (its NOT_FOUND is a 404); a plans call that is
/// unavailable, too slow or not implemented leaves its section null and named in <see cref="CaseSummary.Unavailable"/>.
/// </summary>
internal sealed class CaseSummaryReader(
    CaseService.CaseServiceClient cases,
    PaymentPlanService.PaymentPlanServiceClient plans,
    DownstreamCalls calls)
{
    public const string ActivePlanSection = "activePlan";
    public const string PendingPromiseSection = "pendingPromise";

    public async Task<CaseSummary> ReadAsync(string caseId, HttpContext context)
    {
        var options = calls.For(context);
        var name = ResourceIds.Case(caseId);
        var caseCall = cases.GetCaseAsync(new GetCaseRequest { Name = name }, options).ResponseAsync;
        var planCall = Optional(() => plans.ListPaymentPlansAsync(
            new ListPaymentPlansRequest { Parent = name, PageSize = 1, States = { PlanState.Active } }, options).ResponseAsync);
        var promiseCall = Optional(() => plans.ListPromisesToPayAsync(
            new ListPromisesToPayRequest { Parent = name, PageSize = 1, States = { PromiseState.Pending } }, options).ResponseAsync);
        // every call is awaited; when several fail, the case call's failure is the one reported (array order)
        await Task.WhenAll(caseCall, planCall, promiseCall);

        var (planPage, planAvailable) = await planCall;
        var (promisePage, promiseAvailable) = await promiseCall;
        var unavailable = new List<string>();
        if (!planAvailable)
        {
            unavailable.Add(ActivePlanSection);
        }

        if (!promiseAvailable)
        {
            unavailable.Add(PendingPromiseSection);
        }

        return CaseMapping.ToSummary(
            await caseCall,
            planPage?.PaymentPlans.FirstOrDefault(),
            promisePage?.PromisesToPay.FirstOrDefault(),
            unavailable);
    }

    /// <summary>The response, or (null, true) when the plans service does not know the case, or (null, false) when it
    /// could not answer; other failures propagate.</summary>
    private static async Task<(T? Response, bool Available)> Optional<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return (await call(), true);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return (null, true);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.Unimplemented or StatusCode.DeadlineExceeded)
        {
            return (null, false);
        }
    }
}
