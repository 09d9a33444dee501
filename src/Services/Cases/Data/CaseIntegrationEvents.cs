using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Intake;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Data;

/// <summary>Domain events of a case → the integration events other services consume. Reaching cured,
/// settled, written off or closed also announces CaseClosed.</summary>
public static class CaseIntegrationEvents
{
    /// <param name="payment">The stored payment a <see cref="PaymentPostedEvent"/> belongs to, when known.</param>
    public static IEnumerable<IIntegrationEvent> From(CaseEvent domainEvent, StoredCase stored, PaymentRecord? payment)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return From(domainEvent, stored.Case, stored.Record.Jurisdiction, payment);
    }

    /// <param name="jurisdiction">The policy pack jurisdiction the case was opened under.</param>
    /// <param name="payment">The stored payment a <see cref="PaymentPostedEvent"/> belongs to, when known.</param>
    public static IEnumerable<IIntegrationEvent> From(CaseEvent domainEvent, CollectionCase collectionCase, string jurisdiction, PaymentRecord? payment)
    {
        ArgumentNullException.ThrowIfNull(collectionCase);
        switch (domainEvent)
        {
            case CaseOpenedEvent opened:
                yield return Opened(opened, collectionCase, jurisdiction);
                break;
            case CaseBucketChangedEvent moved:
                yield return BucketChanged(moved, collectionCase);
                break;
            case CaseStateChangedEvent changed:
                yield return StateChanged(changed);
                if (changed.To is CaseState.Cured or CaseState.Settled or CaseState.WrittenOff or CaseState.Closed)
                {
                    yield return new CaseClosed
                    {
                        CaseId = changed.CaseId,
                        Reason = (collectionCase.CloseReason ?? CaseCloseReason.Cured).ToString(),
                        OutstandingBalance = collectionCase.Balances.Total.Amount,
                        Currency = collectionCase.Currency.Code,
                        OccurredAt = changed.OccurredAt,
                    };
                }

                break;
            case PaymentPostedEvent posted:
                yield return new PaymentPosted
                {
                    PaymentId = payment?.EventId ?? Guid.CreateVersion7(),
                    CaseId = posted.CaseId,
                    PaymentReference = posted.PaymentId,
                    Amount = posted.Amount.Amount,
                    Currency = posted.Amount.Currency.Code,
                    ValueDate = payment?.ValueDate ?? DateOnly.FromDateTime(posted.OccurredAt.UtcDateTime),
                    OutstandingBalance = collectionCase.Balances.Total.Amount,
                    OccurredAt = posted.OccurredAt,
                };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent?.GetType().Name, "No integration event for this case event.");
        }
    }

    /// <summary>CaseOpened with the case's opening facts and the policy pack jurisdiction it was opened under.</summary>
    public static CaseOpened Opened(CaseOpenedEvent opened, CollectionCase collectionCase, string jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(collectionCase);
        return new CaseOpened
        {
            CaseId = opened.CaseId,
            AccountReference = collectionCase.AccountReference,
            DebtorReference = collectionCase.DebtorReference,
            ProductCode = ProductCodes.ToCode(collectionCase.Product),
            Jurisdiction = jurisdiction,
            Currency = collectionCase.Currency.Code,
            PrincipalAmount = collectionCase.Balances.Principal.Amount,
            InterestAmount = collectionCase.Balances.Interest.Amount,
            FeesAmount = collectionCase.Balances.Fees.Amount,
            DaysPastDue = collectionCase.DaysPastDue,
            Bucket = collectionCase.Bucket.ToString(),
            OccurredAt = opened.OccurredAt,
        };
    }

    public static CaseBucketChanged BucketChanged(CaseBucketChangedEvent moved, CollectionCase collectionCase)
    {
        ArgumentNullException.ThrowIfNull(moved);
        ArgumentNullException.ThrowIfNull(collectionCase);
        return new CaseBucketChanged
        {
            CaseId = moved.CaseId, PreviousBucket = moved.From.ToString(), NewBucket = moved.To.ToString(),
            DaysPastDue = collectionCase.DaysPastDue, OccurredAt = moved.OccurredAt,
        };
    }

    public static CaseStateChanged StateChanged(CaseStateChangedEvent changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return new CaseStateChanged
        {
            CaseId = changed.CaseId, PreviousState = changed.From.ToString(), NewState = changed.To.ToString(), OccurredAt = changed.OccurredAt,
        };
    }
}
