using CollectionsPlatform.PaymentPlans.Domain.Affordability;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using CollectionsPlatform.PaymentPlans.Domain.Promises;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;
using V1 = Collections.PaymentPlans.V1;

namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>Domain enums ↔ v1 contract enums (UNSPECIFIED maps to null).</summary>
public static class EnumMapping
{
    public static PlanType? ToDomain(V1.PlanType type) => type == V1.PlanType.Unspecified || !Enum.IsDefined(type) ? null : (PlanType)(int)type;

    public static V1.PlanType ToProto(PlanType type) => (V1.PlanType)(int)type;

    public static V1.ApprovalReason ToProto(ApprovalReason reason) => reason switch
    {
        ApprovalReason.InstalmentAboveAffordable => V1.ApprovalReason.InstalmentAboveAffordability,
        ApprovalReason.DiscountAboveThreshold => V1.ApprovalReason.SettlementDiscountAboveThreshold,
        _ => V1.ApprovalReason.NoAffordabilityAssessment,
    };

    public static EvidenceType? ToDomain(V1.EvidenceType type) => type switch
    {
        V1.EvidenceType.PaySlip => EvidenceType.PaySlip,
        V1.EvidenceType.BankStatement => EvidenceType.BankStatement,
        V1.EvidenceType.TaxReturn => EvidenceType.TaxReturn,
        V1.EvidenceType.DebtStatement => EvidenceType.DebtStatement,
        V1.EvidenceType.Other => EvidenceType.Other,
        _ => null,
    };

    public static V1.EvidenceType ToProto(EvidenceType type) => type switch
    {
        EvidenceType.PaySlip => V1.EvidenceType.PaySlip,
        EvidenceType.BankStatement => V1.EvidenceType.BankStatement,
        EvidenceType.TaxReturn => V1.EvidenceType.TaxReturn,
        EvidenceType.DebtStatement => V1.EvidenceType.DebtStatement,
        _ => V1.EvidenceType.Other,
    };

    /// <summary>A proposal still waiting for its supervisor shows as PENDING_APPROVAL.</summary>
    public static V1.PlanState ToProto(PlanState state, bool awaitingApproval) => state switch
    {
        PlanState.Proposed when awaitingApproval => V1.PlanState.PendingApproval,
        PlanState.Proposed => V1.PlanState.Proposed,
        PlanState.Accepted or PlanState.Active => V1.PlanState.Active,
        PlanState.Completed => V1.PlanState.Completed,
        PlanState.Broken => V1.PlanState.Broken,
        PlanState.Renegotiated => V1.PlanState.Renegotiated,
        PlanState.Expired => V1.PlanState.Expired,
        _ => V1.PlanState.Cancelled,
    };

    /// <summary>The stored states a contract state filter selects.</summary>
    public static IEnumerable<int> ToStoredStates(V1.PlanState state) => state switch
    {
        V1.PlanState.PendingApproval or V1.PlanState.Proposed => [(int)PlanState.Proposed],
        V1.PlanState.Active => [(int)PlanState.Accepted, (int)PlanState.Active],
        V1.PlanState.Completed => [(int)PlanState.Completed],
        V1.PlanState.Broken => [(int)PlanState.Broken],
        V1.PlanState.Renegotiated => [(int)PlanState.Renegotiated],
        V1.PlanState.Expired => [(int)PlanState.Expired],
        V1.PlanState.Cancelled => [(int)PlanState.Cancelled],
        _ => [],
    };

    public static V1.InstalmentState ToProto(InstalmentStatus status, DateOnly dueDate, DateOnly today) => status switch
    {
        InstalmentStatus.Paid => V1.InstalmentState.Paid,
        InstalmentStatus.PartiallyPaid => V1.InstalmentState.PartiallyPaid,
        InstalmentStatus.Missed => V1.InstalmentState.Missed,
        _ when dueDate <= today => V1.InstalmentState.Due,
        _ => V1.InstalmentState.Scheduled,
    };

    public static V1.PromiseState ToProto(PromiseStatus status) => status switch
    {
        PromiseStatus.Pending => V1.PromiseState.Pending,
        PromiseStatus.Kept => V1.PromiseState.Kept,
        PromiseStatus.Partial => V1.PromiseState.PartiallyKept,
        PromiseStatus.Broken => V1.PromiseState.Broken,
        _ => V1.PromiseState.Cancelled,
    };

    public static int? ToStored(V1.PromiseState state) => state switch
    {
        V1.PromiseState.Pending => (int)PromiseStatus.Pending,
        V1.PromiseState.Kept => (int)PromiseStatus.Kept,
        V1.PromiseState.PartiallyKept => (int)PromiseStatus.Partial,
        V1.PromiseState.Broken => (int)PromiseStatus.Broken,
        V1.PromiseState.Cancelled => (int)PromiseStatus.Cancelled,
        _ => null,
    };

    public static AcceptanceChannel? ToChannel(string channel) => channel switch
    {
        "MOBILE_APP" => AcceptanceChannel.MobileApp,
        "WEB" => AcceptanceChannel.Web,
        "PHONE" => AcceptanceChannel.Phone,
        "FIELD_VISIT" => AcceptanceChannel.FieldVisit,
        "BRANCH" => AcceptanceChannel.Branch,
        "EMAIL" => AcceptanceChannel.Email,
        _ => null,
    };

    public static string ToProto(AcceptanceChannel channel) => channel switch
    {
        AcceptanceChannel.MobileApp => "MOBILE_APP",
        AcceptanceChannel.Web => "WEB",
        AcceptanceChannel.Phone => "PHONE",
        AcceptanceChannel.FieldVisit => "FIELD_VISIT",
        AcceptanceChannel.Branch => "BRANCH",
        _ => "EMAIL",
    };
}
