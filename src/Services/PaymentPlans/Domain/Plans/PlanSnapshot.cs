using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>Everything a stored plan consists of, to rebuild the aggregate.</summary>
public sealed record PlanSnapshot(
    Guid Id,
    Guid CaseId,
    RepaymentSchedule Schedule,
    IReadOnlyList<ApprovalReason> ApprovalReasons,
    DateTimeOffset ProposedAt,
    DateTimeOffset ExpiresAt,
    int GraceDays,
    string PolicyVersion,
    PlanState State,
    SupervisorApproval? Approval,
    PlanAcceptance? Acceptance,
    WrittenConfirmation? Confirmation,
    DateTimeOffset? ActivatedAt,
    Money CarriedForward,
    IReadOnlyList<PlanInstalment> Instalments);
