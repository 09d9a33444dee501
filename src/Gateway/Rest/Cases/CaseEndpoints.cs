using Collections.Cases.V1;
using CollectionsPlatform.Gateway.Rest.Common;
using CollectionsPlatform.Gateway.Rest.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>Collector and debtor reads of cases: the case list, a case summary and a case's timeline.</summary>
internal static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/cases", ListCases)
            .WithName("ListCases")
            .WithSummary("A collector's case list, newest first, filtered and paged.")
            .WithDescription("Filters: state and bucket (repeatable, e.g. state=OPEN&state=PROMISED&bucket=M2), queue, agent (the {agent} of agents/{agent}). "
                + "pageSize 1-500 (default 50); pageToken from nextPageToken. Backed by CaseService.ListCases.");
        api.MapGet("/cases/{caseId}/summary", GetCaseSummary)
            .WithName("GetCaseSummary")
            .WithSummary("A debtor's case summary: balances, bucket, state, the active plan with its next due instalment, a pending promise.")
            .WithDescription("Backed by CaseService.GetCase and PaymentPlanService.ListPaymentPlans / ListPromisesToPay.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/cases/{caseId}/timeline", ListTimeline)
            .WithName("ListCaseTimeline")
            .WithSummary("A case's timeline, oldest first, paged.")
            .WithDescription("Optional type filter (repeatable, e.g. type=STATE_CHANGED). pageSize 1-1000 (default 100). Backed by CaseService.ListCaseEvents.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<CaseList>, ProblemHttpResult>> ListCases(
        string[]? state, string[]? bucket, string? queue, string? agent, int? pageSize, string? pageToken,
        CaseService.CaseServiceClient cases, DownstreamCalls calls, HttpContext context)
    {
        var validation = new RequestValidation();
        var request = new ListCasesRequest { Queue = queue ?? string.Empty, PageToken = pageToken ?? string.Empty, PageSize = PageSize(validation, pageSize, 500) };
        request.States.AddRange(Filters<CaseState>(validation, "state", state));
        request.Buckets.AddRange(Filters<DelinquencyBucket>(validation, "bucket", bucket));
        if (agent is not null)
        {
            validation.RequireId("agent", agent);
            request.Agent = ResourceIds.Agent(agent);
        }

        if (!validation.IsValid)
        {
            return RestProblems.Validation(context, validation);
        }

        var page = await cases.ListCasesAsync(request, calls.For(context));
        return TypedResults.Ok(new CaseList([.. page.Cases.Select(CaseMapping.ToListItem)], CaseMapping.NullIfEmpty(page.NextPageToken)));
    }

    private static async Task<Results<Ok<CaseSummary>, ProblemHttpResult>> GetCaseSummary(string caseId, CaseSummaryReader reader, HttpContext context)
    {
        var validation = new RequestValidation();
        validation.RequireId("caseId", caseId);
        if (!validation.IsValid)
        {
            return RestProblems.Validation(context, validation);
        }

        return TypedResults.Ok(await reader.ReadAsync(caseId, context));
    }

    private static async Task<Results<Ok<Timeline>, ProblemHttpResult>> ListTimeline(
        string caseId, string[]? type, int? pageSize, string? pageToken,
        CaseService.CaseServiceClient cases, DownstreamCalls calls, HttpContext context)
    {
        var validation = new RequestValidation();
        validation.RequireId("caseId", caseId);
        var request = new ListCaseEventsRequest { Parent = ResourceIds.Case(caseId), PageToken = pageToken ?? string.Empty, PageSize = PageSize(validation, pageSize, 1000) };
        request.Types_.AddRange(Filters<CaseEventType>(validation, "type", type));
        if (!validation.IsValid)
        {
            return RestProblems.Validation(context, validation);
        }

        var page = await cases.ListCaseEventsAsync(request, calls.For(context));
        return TypedResults.Ok(new Timeline(caseId, [.. page.Events.Select(CaseMapping.ToTimelineEvent)], CaseMapping.NullIfEmpty(page.NextPageToken)));
    }

    private static int PageSize(RequestValidation validation, int? pageSize, int max)
    {
        if (pageSize is { } size && (size < 1 || size > max))
        {
            validation.Add("pageSize", RestReasons.ValueOutOfRange, $"Must be between 1 and {max}.");
        }

        return pageSize ?? 0;
    }

    private static List<TEnum> Filters<TEnum>(RequestValidation validation, string field, string[]? values)
        where TEnum : struct, Enum
    {
        var parsed = new List<TEnum>();
        foreach (var value in values ?? [])
        {
            if (EnumText.TryParse<TEnum>(value, out var item))
            {
                parsed.Add(item);
            }
            else
            {
                validation.Add(field, RestReasons.InvalidEnumValue, "Must be one of " + EnumText.Names<TEnum>() + ".");
            }
        }

        return parsed;
    }
}
