using Collections.Cases.V1;
using Collections.PaymentPlans.V1;
using CollectionsPlatform.Gateway.Rest.Common;
using ProtoCaseEvent = Collections.Cases.V1.CaseEvent;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>Cases proto messages → REST DTOs (explicit, field by field).</summary>
internal static class CaseMapping
{
    public static CaseBalances ToBalances(Balances? balances) => new(
        MoneyText.ToJson(balances?.Principal),
        MoneyText.ToJson(balances?.Interest),
        MoneyText.ToJson(balances?.Fees),
        MoneyText.ToJson(balances?.Total));

    public static CaseListItem ToListItem(Case source) => new(
        ResourceIds.Last(source.Name),
        source.AccountReference,
        source.Product,
        MoneyText.ToJson(source.Balances?.Total),
        source.DaysPastDue,
        source.Bucket,
        source.State,
        NullIfEmpty(source.Assignment?.Queue),
        NullIfEmpty(ResourceIds.Last(source.Assignment?.Agent)),
        source.Holds.Count > 0,
        ProtoValues.ToInstant(source.UpdateTime));

    public static CaseSummary ToSummary(Case source, PaymentPlan? activePlan, PromiseToPay? pendingPromise, IReadOnlyList<string> unavailable) => new(
        ResourceIds.Last(source.Name),
        source.Product,
        source.CurrencyCode,
        ToBalances(source.Balances),
        MoneyText.ToJson(source.TotalPaid),
        source.DaysPastDue,
        source.Bucket,
        source.State,
        source.Holds.Count > 0,
        ProtoValues.ToIsoDate(source.AsOfDate),
        activePlan is null ? null : ToActivePlan(activePlan),
        pendingPromise is null ? null : new PendingPromiseSummary(
            ResourceIds.Last(pendingPromise.Name),
            MoneyText.ToJson(pendingPromise.Amount),
            ProtoValues.ToIsoDate(pendingPromise.PromiseDate),
            MoneyText.ToJson(pendingPromise.PaidAmount)),
        unavailable,
        source.Etag);

    public static TimelineEvent ToTimelineEvent(ProtoCaseEvent source) => new(
        ResourceIds.Last(source.Name),
        source.Type,
        ProtoValues.ToInstant(source.EventTime),
        source.Actor,
        source.Summary,
        NullIfEmpty(source.RelatedResource),
        source.StateChange is { } state ? new StateChangeDetail(state.FromState, state.ToState, state.Reason) : null,
        source.BucketChange is { } bucket ? new BucketChangeDetail(bucket.FromBucket, bucket.ToBucket, bucket.DaysPastDue, ProtoValues.ToIsoDate(bucket.AsOfDate)) : null,
        source.Payment is { } payment
            ? new PaymentDetail(ResourceIds.Last(payment.Name), MoneyText.ToJson(payment.Amount), ProtoValues.ToIsoDate(payment.ValueDate), payment.Channel)
            : null);

    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static ActivePlanSummary ToActivePlan(PaymentPlan plan)
    {
        var next = plan.Schedule?.Instalments.FirstOrDefault(i => i.State != InstalmentState.Paid);
        return new ActivePlanSummary(
            ResourceIds.Last(plan.Name),
            plan.Terms?.Type ?? PlanType.Unspecified,
            plan.Schedule?.TermMonths ?? 0,
            MoneyText.ToJson(plan.PaidAmount),
            MoneyText.ToJson(plan.OutstandingAmount),
            next is null ? null : new DueInstalment(
                next.Sequence,
                ProtoValues.ToIsoDate(next.DueDate),
                MoneyText.ToJson(next.Amount),
                MoneyText.ToJson(next.PaidAmount),
                next.State));
    }
}
