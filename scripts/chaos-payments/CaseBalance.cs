namespace CollectionsPlatform.ChaosPayments;

/// <summary>What a case owes (principal + interest + fees − unapplied credit) and has been paid in all, as stored.</summary>
public sealed record CaseBalance(decimal Owed, decimal TotalPaid);
