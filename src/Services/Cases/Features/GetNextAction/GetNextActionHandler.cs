using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Strategy;
using CollectionsPlatform.Domain;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Cases.Features.GetNextAction;

/// <summary>Asks the strategy for a stored case's next action from its financial facts: state (hold included),
/// bucket, total balance, promise state and broken promises. Reads only.</summary>
public sealed class GetNextActionHandler(CasesDbContext db, CollectionStrategy strategy, TimeProvider clock)
{
    public async Task<NextActionDecision> HandleAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var record = await db.Cases.AsNoTracking().Include(c => c.Holds).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new DomainException("CASE_NOT_FOUND", "The case does not exist.", "name");
        var currency = Currency.FromCode(record.Currency);
        var facts = new StrategyFacts(
            (CaseState)record.State, (DelinquencyBucket)record.Bucket, new Money(record.Principal + record.Interest + record.Fees, currency),
            (PromiseState)record.PromiseState, ConsecutiveFailedContacts: 0, record.BrokenPromises, FieldVisitApprovedBySupervisor: false);
        return new NextActionDecision(record, facts, strategy.Decide(facts), strategy.FieldVisitAllowed(facts), StoredTime.Now(clock));
    }
}
