using Collections.Cases.V1;
using Collections.PaymentPlans.V1;
using CollectionsPlatform.Gateway.Rest.Common;
using CollectionsPlatform.Gateway.Rest.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>Plan quotes, proposals and acceptance, and promises to pay, for a case.</summary>
internal static class PaymentPlanEndpoints
{
    public static RouteGroupBuilder MapPaymentPlanEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId}/plan-quotes", QuotePlans)
            .WithName("QuotePaymentPlans")
            .WithSummary("Quotes the five schedule types side by side for an amount; nothing is stored.")
            .WithDescription("Backed by CaseService.GetCase (404 for an unknown case, the balance) and PaymentPlanService.QuotePaymentPlans.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/cases/{caseId}/payment-plans", ProposePlan)
            .WithName("ProposePaymentPlan")
            .WithSummary("Proposes a plan (usually a chosen quote) to the debtor; out-of-policy plans wait for a supervisor.")
            .WithDescription("Backed by PaymentPlanService.ProposePaymentPlan. 201 with Location of the plan.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/cases/{caseId}/payment-plans/{planId}", GetPlan)
            .WithName("GetPaymentPlan")
            .WithSummary("A plan with its exact schedule and lifecycle.")
            .WithDescription("Backed by PaymentPlanService.GetPaymentPlan.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/cases/{caseId}/payment-plans/{planId}:accept", AcceptPlan)
            .WithName("AcceptPaymentPlan")
            .WithSummary("The debtor accepts a proposed plan: the written confirmation is issued and the plan becomes active.")
            .WithDescription("Backed by PaymentPlanService.AcceptPaymentPlan. 409 with reason PLAN_EXPIRED, PLAN_ALREADY_ACCEPTED, APPROVAL_REQUIRED, …; 412 for a stale etag.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        api.MapPost("/cases/{caseId}/promises-to-pay", CreatePromise)
            .WithName("CreatePromiseToPay")
            .WithSummary("Records a promise to pay an amount by a date.")
            .WithDescription("Backed by PaymentPlanService.CreatePromiseToPay. 201 with the promise.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<PlanQuotes>, ProblemHttpResult>> QuotePlans(
        string caseId, PlanQuoteRequest body, CaseService.CaseServiceClient cases, PaymentPlanService.PaymentPlanServiceClient plans,
        DownstreamCalls calls, HttpContext context)
    {
        var validation = new RequestValidation();
        validation.RequireId("caseId", caseId);
        var request = new QuotePaymentPlansRequest
        {
            Parent = ResourceIds.Case(caseId),
            Amount = validation.Money("amount", body.Amount, required: false),
            TermMonths = PlanTermsValidation.TermMonths(validation, body.TermMonths, required: true),
            FirstDueDate = validation.Date("firstDueDate", body.FirstDueDate, required: true),
            AnnualInterestRateBps = PlanTermsValidation.InterestRate(validation, body.AnnualInterestRateBps),
            StepUp = PlanTermsValidation.StepUp(validation, body.StepUp),
            Deferral = PlanTermsValidation.Deferral(validation, body.Deferral),
            Settlement = PlanTermsValidation.Settlement(validation, body.Settlement),
            AffordabilityAssessment = PlanTermsValidation.Assessment(validation, caseId, body.AffordabilityAssessmentId),
        };
        if (!validation.IsValid)
        {
            return RestProblems.Validation(context, validation);
        }

        // the two reads are independent: issue them together; when both fail, the case call's failure is reported
        var options = calls.For(context);
        var caseCall = cases.GetCaseAsync(new GetCaseRequest { Name = request.Parent }, options).ResponseAsync;
        var quoteCall = plans.QuotePaymentPlansAsync(request, options).ResponseAsync;
        await Task.WhenAll(caseCall, quoteCall);
        var (found, quotes) = (await caseCall, await quoteCall);
        return TypedResults.Ok(new PlanQuotes(
            caseId, found.CurrencyCode, MoneyText.ToJson(found.Balances?.Total), [.. quotes.Quotes.Select(PlanMapping.ToQuotedPlan)]));
    }

    private static async Task<Results<Created<PaymentPlanDetails>, ProblemHttpResult>> ProposePlan(
        string caseId, ProposePlanRequest body, PaymentPlanService.PaymentPlanServiceClient plans, DownstreamCalls calls, HttpContext context)
    {
        var validation = new RequestValidation();
        validation.RequireId("caseId", caseId);
        var request = new ProposePaymentPlanRequest
        {
            Parent = ResourceIds.Case(caseId),
            Terms = PlanTermsValidation.Terms(validation, body),
            AffordabilityAssessment = PlanTermsValidation.Assessment(validation, caseId, body.AffordabilityAssessmentId),
            RequestId = validation.RequestId("requestId", body.RequestId),
        };
        if (!validation.IsValid)
        {
            return RestProblems.Validation(context, validation);
        }

        var plan = PlanMapping.ToDetails(await plans.ProposePaymentPlanAsync(request, calls.For(context)));
        return TypedResults.Created($"/api/v1/cases/{plan.CaseId}/payment-plans/{plan.PlanId}", plan);
    }

    private static async Task<Results<Ok<PaymentPlanDetails>, ProblemHttpResult>> GetPlan(
        string caseId, string planId, PaymentPlanService.PaymentPlanServiceClient plans, DownstreamCalls calls, HttpContext context)
    {
        var validation = new RequestValidation();
        validation.RequireId("caseId", caseId);
        validation.RequireId("planId", planId);
        if (!validation.IsValid)
        {
            return RestProblems.Validation(context, validation);
        }

        var plan = await plans.GetPaymentPlanAsync(new GetPaymentPlanRequest { Name = ResourceIds.PaymentPlan(caseId, planId) }, calls.For(context));
        return TypedResults.Ok(PlanMapping.ToDetails(plan));
    }

    private static async Task<Results<Ok<PaymentPlanDetails>, ProblemHttpResult>> AcceptPlan(
        string caseId, string planId, AcceptPlanRequest body, PaymentPlanService.PaymentPlanServiceClient plans, DownstreamCalls calls, HttpContext context)
    {
        var validation = new RequestValidation();
        validation.RequireId("caseId", caseId);
        validation.RequireId("planId", planId);
        validation.RequireId("debtorId", body.DebtorId);
        var acceptedBy = "debtors/" + body.DebtorId;
        if (body.RepresentativeId is not null)
        {
            validation.RequireId("representativeId", body.RepresentativeId);
            acceptedBy += "/representatives/" + body.RepresentativeId;
        }

        if (body.Channel is not { Length: > 0 and <= 32 } channel || !channel.All(c => char.IsAsciiLetterUpper(c) || c == '_'))
        {
            validation.Add("channel", body.Channel is null ? RestReasons.FieldRequired : RestReasons.InvalidEnumValue,
                "Required: MOBILE_APP, WEB, PHONE, FIELD_VISIT, BRANCH or EMAIL.");
        }

        var request = new AcceptPaymentPlanRequest
        {
            Name = ResourceIds.PaymentPlan(caseId, planId),
            AcceptedBy = acceptedBy,
            Channel = body.Channel ?? string.Empty,
            Etag = body.Etag ?? string.Empty,
            RequestId = validation.RequestId("requestId", body.RequestId),
        };
        if (!validation.IsValid)
        {
            return RestProblems.Validation(context, validation);
        }

        return TypedResults.Ok(PlanMapping.ToDetails(await plans.AcceptPaymentPlanAsync(request, calls.For(context))));
    }

    private static async Task<Results<Created<PromiseToPayDetails>, ProblemHttpResult>> CreatePromise(
        string caseId, CreatePromiseRequest body, PaymentPlanService.PaymentPlanServiceClient plans, DownstreamCalls calls, HttpContext context)
    {
        var validation = new RequestValidation();
        validation.RequireId("caseId", caseId);
        var promise = new PromiseToPay
        {
            Amount = validation.Money("amount", body.Amount, required: true),
            PromiseDate = validation.Date("promiseDate", body.PromiseDate, required: true),
        };
        if (body.AgentId is not null)
        {
            validation.RequireId("agentId", body.AgentId);
            promise.Agent = ResourceIds.Agent(body.AgentId);
        }

        var request = new CreatePromiseToPayRequest
        {
            Parent = ResourceIds.Case(caseId),
            PromiseToPay = promise,
            RequestId = validation.RequestId("requestId", body.RequestId),
        };
        if (!validation.IsValid)
        {
            return RestProblems.Validation(context, validation);
        }

        var created = PlanMapping.ToDetails(await plans.CreatePromiseToPayAsync(request, calls.For(context)));
        return TypedResults.Created($"/api/v1/cases/{created.CaseId}/promises-to-pay/{created.PromiseId}", created);
    }
}
