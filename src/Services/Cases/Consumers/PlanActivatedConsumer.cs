using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>PlanActivated: the case moves to plan active (R9: strategy contact stops while the plan is kept).</summary>
public sealed class PlanActivatedConsumer(CasesDbContext dbContext, CaseStore store, ILogger<PlanActivatedConsumer> logger)
    : CaseEventConsumer<PlanActivated>(dbContext, store, logger)
{
    protected override Guid CaseIdOf(PlanActivated message) => message.CaseId;

    protected override void Apply(CollectionCase collectionCase, PlanActivated message) =>
        collectionCase.ActivatePlan(message.PlanId, message.OccurredAt);
}
