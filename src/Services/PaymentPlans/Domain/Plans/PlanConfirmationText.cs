using CollectionsPlatform.Domain;
using System.Globalization;
using System.Text;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>Writes the plan confirmation the debtor receives: balance, every instalment's date and
/// amount, interest and fee treatment, what happens on breach, and the acceptance record.</summary>
public static class PlanConfirmationText
{
    public static string Write(PaymentPlan plan, Money caseBalance)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var schedule = plan.Schedule;
        var text = new StringBuilder();
        Line(text, $"Repayment plan confirmation — plan {plan.Id:D}, case {plan.CaseId:D}");
        Line(text, $"Plan type: {schedule.Type}");
        Line(text, $"Outstanding balance on the case: {caseBalance}");
        Line(text, $"Amount covered by this plan: {schedule.Principal}");
        Line(text, $"Instalments ({schedule.Term}):");
        foreach (var instalment in schedule.Instalments)
            Line(text, $"  {instalment.Number,2}. {instalment.DueDate:yyyy-MM-dd}  {instalment.Amount} (principal {instalment.Principal}, interest {instalment.Interest})");
        Line(text, $"Total to pay: {schedule.TotalPaid}; total interest: {schedule.TotalInterest}");
        Line(text, InterestTreatment(schedule));
        Line(text, "Fees: no new fees or penalty interest are charged while the plan is kept.");
        Line(text, $"If an instalment is still unpaid {plan.GraceDays} days after its due date the plan is broken: the arrangement ends and collection resumes on the full outstanding balance. Contact us before a due date if you cannot pay, to renegotiate.");
        if (plan.Acceptance is { } acceptance)
            Line(text, $"Accepted by {acceptance.AcceptedBy} on {acceptance.AcceptedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC via {acceptance.Channel}.");
        Line(text, $"Policy version: {plan.PolicyVersion}");
        return text.ToString();
    }

    private static string InterestTreatment(RepaymentSchedule schedule)
    {
        var rate = (schedule.MonthlyRate * 100m).ToString("0.####", CultureInfo.InvariantCulture);
        return schedule.Type switch
        {
            PlanType.Settlement => $"Settlement: paying {schedule.TotalPaid} by the due date settles the balance; {schedule.Discount} is forgiven.",
            PlanType.Deferral when schedule.CapitalisedInterest.IsPositive =>
                $"Interest: {rate} % a month; {schedule.CapitalisedInterest} accrued during the {schedule.DeferralMonths}-month deferral is added to the balance.",
            PlanType.Deferral => $"Interest: frozen during the {schedule.DeferralMonths}-month deferral, then {rate} % a month on the outstanding balance.",
            _ => $"Interest: {rate} % a month on the outstanding balance.",
        };
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
