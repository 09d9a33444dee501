namespace CollectionsPlatform.PaymentPlans.Domain;

/// <summary>The configurable numbers of the plans policy pack, with the defaults of domain.md §4–5.
/// <see cref="Version"/> is recorded with every decision that used them.</summary>
public sealed record PlanPolicy
{
    public string Version { get; init; } = "plans-2026.11";

    /// <summary>Share of disposable income a debtor can afford as one monthly instalment.</summary>
    public decimal AffordableShare { get; init; } = 0.5m;

    /// <summary>A settlement discount above this share of the balance needs a supervisor.</summary>
    public decimal SettlementDiscountApprovalThreshold { get; init; } = 0.2m;

    /// <summary>Days after a due date before an unpaid instalment or promise counts as missed.</summary>
    public int GraceDays { get; init; } = 3;

    /// <summary>Months a deferral quote moves the first due date out.</summary>
    public int DeferralMonths { get; init; } = 3;

    /// <summary>A step-up quote's first payment as a share of the annuity payment.</summary>
    public decimal StepUpFirstPaymentShare { get; init; } = 0.6m;

    /// <summary>Settlement discount quoted when none is asked for (below the approval threshold).</summary>
    public decimal DefaultSettlementDiscount { get; init; } = 0.1m;

    /// <summary>Days a proposed plan can be accepted.</summary>
    public int OfferValidityDays { get; init; } = 14;

    public static PlanPolicy Default { get; } = new();
}
