using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using Google.Protobuf.WellKnownTypes;
using V1 = Collections.PaymentPlans.V1;

namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>Stored plan → v1 <c>PaymentPlan</c>, with each instalment's paid amount and state as of today.</summary>
public static class PlanMapping
{
    public static V1.PaymentPlan ToProto(PlanRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var plan = record.ToDomain();
        var schedule = plan.Schedule;
        var awaitingApproval = plan.RequiresSupervisorApproval && plan.Approval is null;
        var proto = new V1.PaymentPlan
        {
            Name = ResourceNames.Child(record.CaseId, ResourceCollections.PaymentPlans, record.Id),
            Terms = ScheduleMapping.ToTerms(schedule, record.AnnualRateBps, record.FirstDueDate, record.DeferralInterestAccrues),
            Schedule = ScheduleMapping.ToProto(schedule),
            State = EnumMapping.ToProto(plan.State, awaitingApproval),
            AffordabilityAssessment = record.AssessmentId is { } assessment
                ? ResourceNames.Child(record.CaseId, ResourceCollections.Assessments, assessment) : string.Empty,
            WithinAffordability = record.WithinAffordability,
            Approval = new V1.Approval { Required = plan.RequiresSupervisorApproval },
            PaidAmount = MoneyMapping.ToProto(plan.Received),
            OutstandingAmount = MoneyMapping.ToProto(plan.Outstanding),
            CarriedForward = MoneyMapping.ToProto(plan.CarriedForward),
            GraceDays = plan.GraceDays,
            ReplacesPlan = record.ReplacesPlanId is { } replaced
                ? ResourceNames.Child(record.CaseId, ResourceCollections.PaymentPlans, replaced) : string.Empty,
            CreateTime = Timestamp.FromDateTimeOffset(record.ProposedAt),
            ExpireTime = Timestamp.FromDateTimeOffset(record.ExpiresAt),
            Etag = Etags.Of(record.Version),
        };
        proto.Approval.Reasons.AddRange(plan.ApprovalReasons.Select(EnumMapping.ToProto));
        if (record.Approval is { } approval)
        {
            proto.Approval.Approver = $"supervisors/{approval.SupervisorId}";
            proto.Approval.ApproveTime = Timestamp.FromDateTimeOffset(approval.ApprovedAt);
            proto.Approval.Justification = approval.Justification;
        }

        if (plan.Acceptance is { } acceptance)
        {
            proto.Acceptance = new V1.Acceptance
            {
                AcceptedBy = acceptance.AcceptedBy,
                Channel = EnumMapping.ToProto(acceptance.Channel),
                AcceptTime = Timestamp.FromDateTimeOffset(acceptance.AcceptedAt),
            };
        }

        if (record.Confirmation is { } confirmation)
        {
            proto.Confirmation = new V1.WrittenConfirmation
            {
                DocumentId = $"documents/{confirmation.DocumentId:D}",
                Sha256 = confirmation.Sha256,
                IssueTime = Timestamp.FromDateTimeOffset(confirmation.IssuedAt),
            };
        }

        if (record.ActivatedAt is { } activated)
            proto.ActivateTime = Timestamp.FromDateTimeOffset(activated);
        if (record.EndedAt is { } ended)
            proto.EndTime = Timestamp.FromDateTimeOffset(ended);
        for (var index = 0; index < plan.Instalments.Count; index++)
        {
            var instalment = plan.Instalments[index];
            proto.Schedule.Instalments[index].PaidAmount = MoneyMapping.ToProto(instalment.Paid);
            proto.Schedule.Instalments[index].State = EnumMapping.ToProto(instalment.Status, instalment.Scheduled.DueDate, today);
        }

        return proto;
    }
}
