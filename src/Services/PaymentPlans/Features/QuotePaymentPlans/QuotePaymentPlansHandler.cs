using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Cases;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;
using CollectionsPlatform.PaymentPlans.Features.AssessAffordability;
using CollectionsPlatform.PaymentPlans.Features.Shared;

namespace CollectionsPlatform.PaymentPlans.Features.QuotePaymentPlans;

/// <summary>Reads the case (Cases service), resolves the terms and quotes every plan type side by side; nothing is stored.</summary>
public sealed class QuotePaymentPlansHandler(CaseDirectory cases, AssessmentReader assessments, PlanPolicy policy)
{
    public async Task<PlanQuotes> HandleAsync(QuotePaymentPlansQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var facts = await cases.GetAsync(query.CaseId, cancellationToken);
        var resolved = PlanTermsResolver.Resolve(query.Terms, facts, policy);
        Money? affordable = query.AssessmentId is { } assessmentId
            ? await assessments.AffordableInstalmentAsync(query.CaseId, assessmentId, facts.Currency, cancellationToken)
            : null;
        var outcomes = new PlanQuoter(policy).QuoteEach(resolved.Terms, resolved.Options, affordable);
        return new PlanQuotes(outcomes,
            new ResolvedTermsSummary(query.Terms.AnnualRateBps, query.Terms.FirstDueDate, resolved.Options.DeferralInterest == DeferralInterest.Accrue),
            affordable is not null);
    }
}
