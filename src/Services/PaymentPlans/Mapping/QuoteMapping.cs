using CollectionsPlatform.PaymentPlans.Features.QuotePaymentPlans;
using V1 = Collections.PaymentPlans.V1;

namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>Quotes → v1 <c>QuotePaymentPlansResponse</c>, one quote per plan type in PlanType order.</summary>
public static class QuoteMapping
{
    public static V1.QuotePaymentPlansResponse ToProto(PlanQuotes quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var response = new V1.QuotePaymentPlansResponse();
        foreach (var outcome in quotes.Outcomes)
        {
            var quote = new V1.PlanQuote();
            if (outcome.Quote is { } planQuote)
            {
                quote.Terms = ScheduleMapping.ToTerms(planQuote.Schedule, quotes.Terms.AnnualRateBps, quotes.Terms.FirstDueDate, quotes.Terms.DeferralInterestAccrues);
                quote.Schedule = ScheduleMapping.ToProto(planQuote.Schedule);
                quote.WithinAffordability = quotes.Assessed && !planQuote.ApprovalReasons.Contains(Domain.Schedules.ApprovalReason.InstalmentAboveAffordable);
                quote.ApprovalReasons.AddRange(planQuote.ApprovalReasons.Select(EnumMapping.ToProto));
                if (!quotes.Assessed)
                    quote.ApprovalReasons.Add(V1.ApprovalReason.NoAffordabilityAssessment);
            }
            else
            {
                quote.Terms = new V1.PlanTerms { Type = EnumMapping.ToProto(outcome.Type) };
                quote.InfeasibleReason = Grpc.PaymentPlanErrors.ContractReason(outcome.InfeasibleReason ?? "INVALID_PLAN_TERMS");
            }

            response.Quotes.Add(quote);
        }

        return response;
    }
}
