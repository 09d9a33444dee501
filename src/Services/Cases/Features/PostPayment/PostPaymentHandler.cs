using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CollectionsPlatform.Cases.Features.PostPayment;

/// <summary>Posts a payment once per payment id: the same id with the same content returns the first posting,
/// with other content it is PAYMENT_ID_REUSED. The payment row, the case's new balances and state, its timeline
/// and PaymentPosted (with CaseStateChanged and CaseClosed when it pays the case in full) commit together.
/// Postings to one case queue on its row lock; a same payment id racing onto another case is retried and then refused.
/// Each attempt runs inside the context's execution strategy, which retries the whole transaction after a transient
/// database failure (the payment id makes a retry after an unknown commit outcome return the first posting).</summary>
public sealed class PostPaymentHandler(CasesDbContext db, CaseStore store, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<PaymentRecord> HandleAsync(PostPaymentCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(
                    (Handler: this, Command: command),
                    (_, state, ct) => state.Handler.PostOnceAsync(state.Command, ct),
                    verifySucceeded: null,
                    cancellationToken);
            }
            catch (DomainException error) when (error.Reason == "ETAG_MISMATCH" && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException error) when (error.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<PaymentRecord> PostOnceAsync(PostPaymentCommand command, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await store.LockAsync(command.CaseId, cancellationToken);
        var posted = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.PaymentId == command.PaymentId, cancellationToken);
        if (posted is not null)
        {
            return posted.CaseId == command.CaseId && posted.Amount == command.Amount.Amount && posted.Currency == command.Amount.Currency.Code
                && posted.ValueDate == command.ValueDate && posted.Channel == command.Channel
                ? posted
                : throw new DomainException("PAYMENT_ID_REUSED", "The payment id was posted with different content.", "payment_id");
        }

        var stored = await store.LoadAsync(command.CaseId, cancellationToken);
        if (CaseStateMachine.IsFinished(stored.Case.State))
            throw new DomainException("CASE_FINISHED", "The case is closed.");
        var now = StoredTime.Now(clock);
        stored.Case.PostPayment(command.PaymentId, command.Amount, now);
        var payment = new PaymentRecord
        {
            PaymentId = command.PaymentId,
            CaseId = command.CaseId,
            EventId = Guid.CreateVersion7(),
            Amount = command.Amount.Amount,
            Currency = command.Amount.Currency.Code,
            ValueDate = command.ValueDate,
            Channel = command.Channel,
            PostedAt = now,
        };
        db.Payments.Add(payment);
        await store.SaveAsync(stored, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return payment;
    }
}
