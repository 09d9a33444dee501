namespace CollectionsPlatform.PaymentPlans.Domain.Affordability;

/// <summary>The kind of document a debtor offers to prove income or outgoings.</summary>
public enum EvidenceType
{
    PaySlip = 1,
    BankStatement = 2,
    TaxReturn = 3,
    BenefitLetter = 4,
    Other = 5,
    DebtStatement = 6,
}
