using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CollectionsPlatform.Cases.Features.CreateCase;

/// <summary>Opens a case (domain rules), stores it with its history and timeline, and stages CaseOpened
/// in the outbox (through the case store) in the same transaction. A replayed request id returns the first case; nothing is
/// written when any rule refuses the request. Times are cut to microseconds, PostgreSQL's precision, so the
/// answer equals what a later read returns.</summary>
public sealed class CreateCaseHandler(CasesDbContext db, CaseStore store, TimeProvider clock)
{
    public async Task<CaseRecord> HandleAsync(CreateCaseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.RequestId is { } requestId && await ReplayAsync(requestId, command.Fingerprint, cancellationToken) is { } replayed)
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
        if (command.RequestId is not null)
            db.Requests.Add(new CaseRequestRecord { RequestId = command.RequestId, Fingerprint = command.Fingerprint, CaseId = record.Id, ReceivedAt = now });
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

    private async Task<CaseRecord?> ReplayAsync(string requestId, string fingerprint, CancellationToken cancellationToken)
    {
        var seen = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        if (seen is null)
            return null;
        if (seen.Fingerprint != fingerprint)
            throw new DomainException("REQUEST_ID_REUSED", "The request id was used with different content.", "request_id");
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == seen.CaseId, cancellationToken);
    }
}
