using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;
using CollectionsPlatform.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CollectionsPlatform.Cases.Features.CreateCase;

/// <summary>Opens a case (domain rules), stores it with its history and timeline, and stages CaseOpened
/// in the outbox in the same transaction. A replayed request id returns the first case; nothing is
/// written when any rule refuses the request. Times are cut to microseconds, PostgreSQL's precision, so the
/// answer equals what a later read returns.</summary>
public sealed class CreateCaseHandler(CasesDbContext db, TimeProvider clock)
{
    public async Task<CaseRecord> HandleAsync(CreateCaseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.RequestId is { } requestId && await ReplayAsync(requestId, command.Fingerprint, cancellationToken) is { } replayed)
            return replayed;
        if (await db.Cases.AnyAsync(c => c.AccountReference == command.AccountReference && c.State != (int)CaseState.Settled
                && c.State != (int)CaseState.WrittenOff && c.State != (int)CaseState.Closed, cancellationToken))
            throw new DomainException("CASE_ALREADY_EXISTS", "An open case exists for this account.", "case.account_reference");
        var utcNow = clock.GetUtcNow();
        var now = utcNow.AddTicks(-(utcNow.Ticks % 10));
        var opened = CollectionCase.Open(Guid.CreateVersion7(), command.AccountReference, command.DebtorReference, command.Product,
            command.Balances, command.DaysPastDue, now);
        if (command.Assignment is { } assignment)
            opened.Assign(assignment, now);
        var record = opened.ToRecord(command.Jurisdiction);
        db.Cases.Add(record);
        if (command.RequestId is not null)
            db.Requests.Add(new CaseRequestRecord { RequestId = command.RequestId, Fingerprint = command.Fingerprint, CaseId = record.Id, ReceivedAt = now });
        db.AddIntegrationEvent(Opened(opened, command.Jurisdiction), opened.Id.ToString());
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

    private static CaseOpened Opened(CollectionCase opened, string jurisdiction) => new()
    {
        CaseId = opened.Id,
        AccountReference = opened.AccountReference,
        DebtorReference = opened.DebtorReference,
        ProductCode = Domain.Intake.ProductCodes.ToCode(opened.Product),
        Jurisdiction = jurisdiction,
        Currency = opened.Currency.Code,
        PrincipalAmount = opened.Balances.Principal.Amount,
        InterestAmount = opened.Balances.Interest.Amount,
        FeesAmount = opened.Balances.Fees.Amount,
        DaysPastDue = opened.DaysPastDue,
        Bucket = opened.Bucket.ToString(),
        OccurredAt = opened.OpenedAt,
    };
}
