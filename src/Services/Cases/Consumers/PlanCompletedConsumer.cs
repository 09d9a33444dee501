using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>PlanCompleted: the plan is recorded as completed and a case working it is cured.</summary>
public sealed class PlanCompletedConsumer(CasesDbContext dbContext, CaseStore store, ILogger<PlanCompletedConsumer> logger)
    : CaseEventConsumer<PlanCompleted>(dbContext, store, logger)
{
    protected override Guid CaseIdOf(PlanCompleted message) => message.CaseId;

    protected override void Apply(CollectionCase collectionCase, PlanCompleted message) =>
        collectionCase.CompletePlan(message.PlanId, message.OccurredAt);
}
