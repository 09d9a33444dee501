namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>The parts of a plan's terms kept beside the schedule, to answer with the terms as proposed.</summary>
public sealed record PlanRecordTerms(
    int AnnualRateBps, int TermMonths, DateOnly FirstDueDate, bool DeferralInterestAccrues, Guid? AssessmentId,
    bool WithinAffordability, Guid? ReplacesPlanId);
