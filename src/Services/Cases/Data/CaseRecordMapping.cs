using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Data;

/// <summary>Domain case → stored rows.</summary>
public static class CaseRecordMapping
{
    public static CaseRecord ToRecord(this CollectionCase collectionCase, string jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(collectionCase);
        return new CaseRecord
        {
            Id = collectionCase.Id,
            AccountReference = collectionCase.AccountReference,
            DebtorReference = collectionCase.DebtorReference,
            Product = (int)collectionCase.Product,
            Jurisdiction = jurisdiction,
            Currency = collectionCase.Currency.Code,
            Principal = collectionCase.Balances.Principal.Amount,
            Interest = collectionCase.Balances.Interest.Amount,
            Fees = collectionCase.Balances.Fees.Amount,
            DaysPastDue = collectionCase.DaysPastDue,
            Bucket = (int)collectionCase.Bucket,
            State = (int)collectionCase.State,
            Queue = collectionCase.Assignment.Queue,
            AgentId = collectionCase.Assignment.AgentId,
            OpenedAt = collectionCase.OpenedAt,
            UpdatedAt = collectionCase.UpdatedAt,
            BucketChangedAt = collectionCase.BucketHistory.Count > 0 ? collectionCase.BucketHistory[^1].ChangedAt : collectionCase.UpdatedAt,
            Version = 1,
            BucketChanges = [.. collectionCase.BucketHistory.Select(b => b.ToRecord(collectionCase.Id))],
            Timeline = [.. collectionCase.Timeline.Select(t => t.ToRecord(collectionCase.Id))],
        };
    }
}
