using System.Diagnostics;
using System.Text.Json;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Domain case events → integration events (built by <see cref="CaseIntegrationEvents"/>) as outbox rows
/// (the outbox's type name and web JSON), so they can be copied in bulk in the chunk's transaction.</summary>
public static class IntakeEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IntakeOutboxRow ToOutbox(CaseEvent domainEvent, CollectionCase collectionCase, string jurisdiction, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(collectionCase);
        return domainEvent switch
        {
            CaseOpenedEvent opened => Row(CaseIntegrationEvents.Opened(opened, collectionCase, jurisdiction), opened.CaseId, now),
            CaseBucketChangedEvent moved => Row(CaseIntegrationEvents.BucketChanged(moved, collectionCase), moved.CaseId, now),
            CaseStateChangedEvent changed => Row(CaseIntegrationEvents.StateChanged(changed), changed.CaseId, now),
            _ => throw new ArgumentException($"Intake raises no {domainEvent.GetType().Name}.", nameof(domainEvent)),
        };
    }

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
