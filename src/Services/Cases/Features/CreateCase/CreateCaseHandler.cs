using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CollectionsPlatform.Cases.Features.CreateCase;

/// <summary>Opens a case (domain rules), stores it with its history and timeline, and stages CaseOpened
/// in the outbox (through the case store) in the same transaction. A replayed request id returns the first case; nothing is
/// written when any rule refuses the request. Times are cut to microseconds, PostgreSQL's precision, so the
/// answer equals what a later read returns.</summary>
public sealed class CreateCaseHandler(CasesDbContext db, CaseStore store, CaseRequestReplay requests, TimeProvider clock)
{
    public async Task<CaseRecord> HandleAsync(CreateCaseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await requests.FindAsync(command.RequestId, command.Fingerprint, cancellationToken) is { } replayed)
            return replayed;
        if (await db.Cases.AnyAsync(c => c.AccountReference == command.AccountReference && c.State != (int)CaseState.Settled
                && c.State != (int)CaseState.WrittenOff && c.State != (int)CaseState.Closed, cancellationToken))
            throw new DomainException("CASE_ALREADY_EXISTS", "An open case exists for this account.", "case.account_reference");
        var now = StoredTime.Now(clock);
        var opened = CollectionCase.Open(Guid.CreateVersion7(), command.AccountReference, command.DebtorReference, command.Product,
            command.Balances, command.DaysPastDue, now);
        if (command.Assignment is { } assignment)
            opened.Assign(assignment, now);
        var record = store.Add(opened, command.Jurisdiction).Record;
        requests.Remember(command.RequestId, command.Fingerprint, record.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new DomainException("CASE_ALREADY_EXISTS", "An open case exists for this account.", "case.account_reference");
        }

        return record;
    }
}
