using System.Diagnostics;
using System.Text.Json;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Intake;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Domain case events → integration events as outbox rows (the outbox's type name and web JSON), so
/// they can be copied in bulk in the chunk's transaction.</summary>
public static class IntakeEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IntakeOutboxRow ToOutbox(CaseEvent domainEvent, CollectionCase collectionCase, string jurisdiction, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(collectionCase);
        return domainEvent switch
        {
            CaseOpenedEvent opened => Row(Opened(collectionCase, jurisdiction, opened.OccurredAt), opened.CaseId, now),
            CaseBucketChangedEvent moved => Row(new CaseBucketChanged
            {
                CaseId = moved.CaseId,
                PreviousBucket = moved.From.ToString(),
                NewBucket = moved.To.ToString(),
                DaysPastDue = collectionCase.DaysPastDue,
                OccurredAt = moved.OccurredAt,
            }, moved.CaseId, now),
            CaseStateChangedEvent changed => Row(new CaseStateChanged
            {
                CaseId = changed.CaseId,
                PreviousState = changed.From.ToString(),
                NewState = changed.To.ToString(),
                OccurredAt = changed.OccurredAt,
            }, changed.CaseId, now),
            _ => throw new ArgumentException($"Intake raises no {domainEvent.GetType().Name}.", nameof(domainEvent)),
        };
    }

    private static CaseOpened Opened(CollectionCase opened, string jurisdiction, DateTimeOffset at) => new()
    {
        CaseId = opened.Id,
        AccountReference = opened.AccountReference,
        DebtorReference = opened.DebtorReference,
        ProductCode = ProductCodes.ToCode(opened.Product),
        Jurisdiction = jurisdiction,
        Currency = opened.Currency.Code,
        PrincipalAmount = opened.Balances.Principal.Amount,
        InterestAmount = opened.Balances.Interest.Amount,
        FeesAmount = opened.Balances.Fees.Amount,
        DaysPastDue = opened.DaysPastDue,
        Bucket = opened.Bucket.ToString(),
        OccurredAt = at,
    };

    private static IntakeOutboxRow Row<TEvent>(TEvent integrationEvent, Guid caseId, DateTimeOffset now)
        where TEvent : class
    {
        var activity = Activity.Current;
        return new IntakeOutboxRow(
            Guid.CreateVersion7(),
            $"{typeof(TEvent).FullName}, {typeof(TEvent).Assembly.GetName().Name}",
            JsonSerializer.Serialize(integrationEvent, Json),
            caseId.ToString(),
            activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            activity?.TraceStateString,
            now);
    }
}
