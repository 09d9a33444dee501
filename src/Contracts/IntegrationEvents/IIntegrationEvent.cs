namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A fact one service tells the others through the event bus. Carries ids and financial facts only,
/// never personal data. The bus routes by type name: never rename or move an event.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>When the fact happened (UTC instant).</summary>
    DateTimeOffset OccurredAt { get; }
}
