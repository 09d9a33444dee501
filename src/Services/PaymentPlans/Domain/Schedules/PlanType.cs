namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>The repayment plan shapes a debtor can be offered (domain.md §5).</summary>
public enum PlanType
{
    /// <summary>Annuity (等额本息): the same payment every month, the last absorbing rounding.</summary>
    EqualInstalment = 1,

    /// <summary>等额本金: the same principal every month plus interest on the outstanding balance.</summary>
    EqualPrincipal = 2,

    /// <summary>A lower first payment, then payments rising by a step each month until paid.</summary>
    StepUp = 3,

    /// <summary>The first due date moves out by some months; interest accrues or is frozen meanwhile.</summary>
    Deferral = 4,

    /// <summary>One lump sum below the balance.</summary>
    Settlement = 5,
}
