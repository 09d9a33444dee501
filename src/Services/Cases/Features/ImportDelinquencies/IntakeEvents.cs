using System.Diagnostics;
using System.Text.Json;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Domain case events → integration events as outbox rows (the outbox's type name and web JSON), so they can
/// be copied in bulk in the chunk's transaction.</summary>
public static class IntakeEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The outbox rows of one domain event: the same integration events as any other change of a case
    /// (<see cref="CaseIntegrationEvents.From(CaseEvent, CollectionCase, string, PaymentRecord?)"/>), so a cure by
    /// the feed also announces CaseClosed.</summary>
    public static IEnumerable<IntakeOutboxRow> ToOutbox(CaseEvent domainEvent, CollectionCase collectionCase, string jurisdiction, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return CaseIntegrationEvents.From(domainEvent, collectionCase, jurisdiction, payment: null)
            .Select(integrationEvent => Row(integrationEvent, domainEvent.CaseId, now));
    }

    private static IntakeOutboxRow Row(IIntegrationEvent integrationEvent, Guid caseId, DateTimeOffset now)
    {
        var type = integrationEvent.GetType();
        var activity = Activity.Current;
        return new IntakeOutboxRow(
            Guid.CreateVersion7(),
            $"{type.FullName}, {type.Assembly.GetName().Name}",
            JsonSerializer.Serialize(integrationEvent, type, Json),
            caseId.ToString(),
            activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            activity?.TraceStateString,
            now);
    }
}
