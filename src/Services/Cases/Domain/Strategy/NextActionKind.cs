namespace CollectionsPlatform.Cases.Domain.Strategy;

/// <summary>What the strategy says to do next on a case.</summary>
public enum NextActionKind
{
    None = 0,
    SmsReminder = 1,
    Call = 2,
    Email = 3,
    FieldVisit = 4,
    LegalReview = 5,
}
