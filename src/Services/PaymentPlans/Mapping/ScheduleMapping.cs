using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;
using V1 = Collections.PaymentPlans.V1;

namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>A computed schedule → v1 <c>Schedule</c> and the <c>PlanTerms</c> it realises.</summary>
public static class ScheduleMapping
{
    public static V1.Schedule ToProto(RepaymentSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var proto = new V1.Schedule
        {
            TermMonths = schedule.Term,
            TotalPrincipal = MoneyMapping.ToProto(schedule.Principal),
            TotalInterest = MoneyMapping.ToProto(schedule.TotalInterest),
            TotalPaid = MoneyMapping.ToProto(schedule.TotalPaid),
            MaxInstalment = MoneyMapping.ToProto(schedule.LargestInstalment),
            LastDueDate = DateMapping.ToProto(schedule.FinalDueDate),
        };
        proto.Instalments.AddRange(schedule.Instalments.Select(i => new V1.Instalment
        {
            Sequence = i.Number,
            DueDate = DateMapping.ToProto(i.DueDate),
            Principal = MoneyMapping.ToProto(i.Principal),
            Interest = MoneyMapping.ToProto(i.Interest),
            Amount = MoneyMapping.ToProto(i.Amount),
            RemainingPrincipal = MoneyMapping.ToProto(i.BalanceAfter),
            State = V1.InstalmentState.Scheduled,
        }));
        return proto;
    }

    public static V1.PlanTerms ToTerms(RepaymentSchedule schedule, int annualRateBps, DateOnly firstDueDate, bool deferralInterestAccrues)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var terms = new V1.PlanTerms
        {
            Type = EnumMapping.ToProto(schedule.Type),
            Amount = MoneyMapping.ToProto(schedule.Principal),
            TermMonths = schedule.Term,
            FirstDueDate = DateMapping.ToProto(firstDueDate),
            AnnualInterestRateBps = annualRateBps,
        };
        switch (schedule.Type)
        {
            case PlanType.Deferral:
                terms.Deferral = new V1.PlanTerms.Types.Deferral { DeferralMonths = schedule.DeferralMonths, InterestAccrues = deferralInterestAccrues };
                break;
            case PlanType.Settlement:
                terms.Settlement = new V1.PlanTerms.Types.Settlement { SettlementAmount = MoneyMapping.ToProto(schedule.TotalPaid) };
                break;
            case PlanType.StepUp when schedule.Term >= 2:
                terms.StepUp = new V1.PlanTerms.Types.StepUp
                {
                    FirstPayment = MoneyMapping.ToProto(schedule.Instalments[0].Amount),
                    Step = MoneyMapping.ToProto(schedule.Instalments[1].Amount - schedule.Instalments[0].Amount),
                    StepEveryMonths = 1,
                };
                break;
            default:
                break;
        }

        return terms;
    }
}
