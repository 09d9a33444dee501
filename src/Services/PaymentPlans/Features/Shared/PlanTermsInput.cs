using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Features.Shared;

/// <summary>Plan terms as asked for, already checked for shape: unset parts take the case balance or the policy
/// defaults when resolved against the case.</summary>
public sealed record PlanTermsInput(
    PlanType? Type,
    Money? Amount,
    int TermMonths,
    DateOnly FirstDueDate,
    int AnnualRateBps,
    int? DeferralMonths,
    bool DeferralInterestAccrues,
    Money? StepUpFirstPayment,
    Money? SettlementAmount);
