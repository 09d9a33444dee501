namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>The state of the case's latest repayment plan, as the payment plans service reports it.</summary>
public enum PlanState
{
    None = 0,
    Active = 1,
    Completed = 2,
    Broken = 3,
}
