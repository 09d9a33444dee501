using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>PromiseBroken: the promise is recorded as broken (counted for the strategy) and a promised case goes back to in contact.</summary>
public sealed class PromiseBrokenConsumer(CasesDbContext dbContext, CaseStore store, ILogger<PromiseBrokenConsumer> logger)
    : CaseEventConsumer<PromiseBroken>(dbContext, store, logger)
{
    protected override Guid CaseIdOf(PromiseBroken message) => message.CaseId;

    protected override void Apply(CollectionCase collectionCase, PromiseBroken message) =>
        collectionCase.BreakPromise(message.PromiseId, message.OccurredAt);
}
