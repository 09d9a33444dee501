using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>PromiseKept: the promise is recorded as kept and a promised case goes back to in contact.</summary>
public sealed class PromiseKeptConsumer(CasesDbContext dbContext, CaseStore store, ILogger<PromiseKeptConsumer> logger)
    : CaseEventConsumer<PromiseKept>(dbContext, store, logger)
{
    protected override Guid CaseIdOf(PromiseKept message) => message.CaseId;

    protected override void Apply(CollectionCase collectionCase, PromiseKept message) =>
        collectionCase.KeepPromise(message.PromiseId, message.OccurredAt);
}
