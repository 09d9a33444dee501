using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>HoldLifted: the hold is removed and the case resumes the state it was in (or the one a plan or promise event moved it to meanwhile).</summary>
public sealed class HoldLiftedConsumer(CasesDbContext dbContext, CaseStore store, ILogger<HoldLiftedConsumer> logger)
    : CaseEventConsumer<HoldLifted>(dbContext, store, logger)
{
    protected override Guid CaseIdOf(HoldLifted message) => message.CaseId;

    protected override void Apply(CollectionCase collectionCase, HoldLifted message) =>
        collectionCase.LiftHold(message.HoldId.ToString(), message.OccurredAt);
}
