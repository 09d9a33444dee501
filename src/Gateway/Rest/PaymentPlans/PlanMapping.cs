using Collections.PaymentPlans.V1;
using CollectionsPlatform.Gateway.Rest.Cases;
using CollectionsPlatform.Gateway.Rest.Common;
using ProtoPlanQuote = Collections.PaymentPlans.V1.PlanQuote;
using ProtoSchedule = Collections.PaymentPlans.V1.Schedule;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>Payment plans proto messages → REST DTOs (explicit, field by field).</summary>
internal static class PlanMapping
{
    public static QuotedPlan ToQuotedPlan(ProtoPlanQuote quote) => new(
        quote.Terms?.Type ?? PlanType.Unspecified,
        MoneyText.ToJson(quote.Terms?.Amount),
        quote.Terms?.TermMonths ?? 0,
        ProtoValues.ToIsoDate(quote.Terms?.FirstDueDate),
        quote.Terms?.AnnualInterestRateBps ?? 0,
        ToSchedule(quote.Schedule),
        quote.WithinAffordability,
        [.. quote.ApprovalReasons],
        CaseMapping.NullIfEmpty(quote.InfeasibleReason));

    public static PaymentPlanDetails ToDetails(PaymentPlan plan) => new(
        ResourceIds.Last(plan.Name),
        ResourceIds.CaseIdOf(plan.Name),
        plan.Terms?.Type ?? PlanType.Unspecified,
        plan.State,
        MoneyText.ToJson(plan.Terms?.Amount),
        plan.Terms?.TermMonths ?? 0,
        ProtoValues.ToIsoDate(plan.Terms?.FirstDueDate),
        plan.Terms?.AnnualInterestRateBps ?? 0,
        ToSchedule(plan.Schedule),
        plan.WithinAffordability,
        plan.Approval?.Required ?? false,
        plan.Approval is null ? [] : [.. plan.Approval.Reasons],
        plan.Acceptance is { } a ? new PlanAcceptance(a.AcceptedBy, a.Channel, ProtoValues.ToInstant(a.AcceptTime)) : null,
        plan.Confirmation is { } c ? new PlanConfirmation(c.DocumentId, c.Sha256, ProtoValues.ToInstant(c.IssueTime)) : null,
        MoneyText.ToJson(plan.PaidAmount),
        MoneyText.ToJson(plan.OutstandingAmount),
        ProtoValues.ToInstant(plan.CreateTime),
        ProtoValues.ToInstant(plan.ExpireTime),
        ProtoValues.ToInstant(plan.ActivateTime),
        plan.Etag);

    public static PromiseToPayDetails ToDetails(PromiseToPay promise) => new(
        ResourceIds.Last(promise.Name),
        ResourceIds.CaseIdOf(promise.Name),
        MoneyText.ToJson(promise.Amount),
        ProtoValues.ToIsoDate(promise.PromiseDate),
        promise.GraceDays,
        promise.State,
        MoneyText.ToJson(promise.PaidAmount),
        CaseMapping.NullIfEmpty(ResourceIds.Last(promise.Agent)),
        ProtoValues.ToInstant(promise.CreateTime),
        promise.Etag);

    private static RepaymentSchedule? ToSchedule(ProtoSchedule? schedule) => schedule is null ? null : new(
        schedule.TermMonths,
        [.. schedule.Instalments.Select(i => new ScheduledInstalment(
            i.Sequence,
            ProtoValues.ToIsoDate(i.DueDate),
            MoneyText.ToJson(i.Principal),
            MoneyText.ToJson(i.Interest),
            MoneyText.ToJson(i.Amount),
            MoneyText.ToJson(i.RemainingPrincipal),
            MoneyText.ToJson(i.PaidAmount),
            i.State))],
        MoneyText.ToJson(schedule.TotalPrincipal),
        MoneyText.ToJson(schedule.TotalInterest),
        MoneyText.ToJson(schedule.TotalPaid),
        MoneyText.ToJson(schedule.MaxInstalment),
        ProtoValues.ToIsoDate(schedule.LastDueDate));
}
