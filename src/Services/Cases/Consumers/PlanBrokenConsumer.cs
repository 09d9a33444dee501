using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>PlanBroken: the plan is recorded as broken and the case goes back to in contact.</summary>
public sealed class PlanBrokenConsumer(CasesDbContext dbContext, CaseStore store, ILogger<PlanBrokenConsumer> logger)
    : CaseEventConsumer<PlanBroken>(dbContext, store, logger)
{
    protected override Guid CaseIdOf(PlanBroken message) => message.CaseId;

    protected override void Apply(CollectionCase collectionCase, PlanBroken message) =>
        collectionCase.BreakPlan(message.PlanId, message.OccurredAt);
}
