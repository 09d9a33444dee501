namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>Whether a payment posting was applied or had been applied before (same payment id).</summary>
public enum PaymentPostingOutcome
{
    Applied = 1,
    Duplicate = 2,
}
