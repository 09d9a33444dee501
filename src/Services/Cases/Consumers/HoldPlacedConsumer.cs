using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>HoldPlaced (R6): the case goes on hold with the hold's reason category and source (the complaint, else
/// the complaints service); the strategy then answers none until it is lifted.</summary>
public sealed class HoldPlacedConsumer(CasesDbContext dbContext, CaseStore store, ILogger<HoldPlacedConsumer> logger)
    : CaseEventConsumer<HoldPlaced>(dbContext, store, logger)
{
    private const int MaxReasonLength = 64;

    protected override Guid CaseIdOf(HoldPlaced message) => message.CaseId;

    protected override void Apply(CollectionCase collectionCase, HoldPlaced message)
    {
        var reason = message.Reason.Length > MaxReasonLength ? message.Reason[..MaxReasonLength] : message.Reason;
        var source = message.ComplaintId is { } complaint ? $"complaints/{complaint}" : "services/complaints";
        collectionCase.PlaceHold(new CaseHold(message.HoldId.ToString(), reason, source, message.OccurredAt));
    }
}
