using CollectionsPlatform.Domain;
using CollectionsPlatform.Messaging;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using CollectionsPlatform.PaymentPlans.Domain.Promises;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Promises;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Features.RecordPayment;

/// <summary>Stages the allocation of one payment, once per payment id: the case's running plan (oldest first) takes it
/// oldest due instalment first, the excess is carried forward; pending promises count it (partial payments too)
/// until their date plus grace days. Stages InstalmentPaid, PlanCompleted and PromiseKept; the caller saves.</summary>
public sealed class PaymentAllocator(PaymentPlansDbContext db)
{
    public async Task<PaymentAllocationRecord> StageAsync(PostedPayment payment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var seen = await db.Allocations.Include(a => a.Lines).SingleOrDefaultAsync(a => a.PaymentId == payment.PaymentId, cancellationToken);
        if (seen is not null)
        {
            return seen.CaseId == payment.CaseId && seen.Amount == payment.Amount.Amount && seen.Currency == payment.Amount.Currency.Code
                ? seen
                : throw new DomainException("PAYMENT_ID_REUSED", "The payment id was used for another payment.", "payment_id");
        }

        var record = new PaymentAllocationRecord
        {
            PaymentId = payment.PaymentId, CaseId = payment.CaseId, Currency = payment.Amount.Currency.Code,
            Amount = payment.Amount.Amount, ValueDate = payment.ValueDate, AllocatedAt = now, CarriedForward = payment.Amount.Amount,
        };
        var running = await PlanStore.Detailed(db)
            .Where(p => p.CaseId == payment.CaseId && (p.State == (int)PlanState.Active || p.State == (int)PlanState.Broken))
            .OrderBy(p => p.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (running is not null)
            AllocateToPlan(running, payment, record, now);
        await CountTowardsPromisesAsync(payment, record, now, cancellationToken);
        db.Allocations.Add(record);
        return record;
    }

    private void AllocateToPlan(PlanRecord running, PostedPayment payment, PaymentAllocationRecord record, DateTimeOffset now)
    {
        var plan = running.ToDomain();
        if (plan.Schedule.Currency != payment.Amount.Currency)
            throw new DomainException("CURRENCY_MISMATCH", "The payment is in another currency than the plan.", "amount.currency_code");
        var allocation = plan.ApplyPayment(payment.Amount);
        plan.CopyStateTo(running, now);
        record.CarriedForward = allocation.CarriedForward.Amount;
        record.Lines.AddRange(allocation.Allocations.Select((line, index) => new AllocationLineRecord
        {
            PaymentId = payment.PaymentId, Position = index, PlanId = plan.Id, InstalmentNumber = line.InstalmentNumber, Amount = line.Amount.Amount,
        }));
        foreach (var paid in allocation.Allocations.Where(a => a.InstalmentPaid))
            db.AddIntegrationEvent(PlanEvents.InstalmentPaid(plan, paid.InstalmentNumber, now), plan.Id.ToString());
        if (allocation.PlanCompleted)
            db.AddIntegrationEvent(PlanEvents.Completed(plan, now), plan.Id.ToString());
    }

    private async Task CountTowardsPromisesAsync(PostedPayment payment, PaymentAllocationRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await db.Promises
            .Where(p => p.CaseId == payment.CaseId && p.Status == (int)PromiseStatus.Pending)
            .OrderBy(p => p.PromisedDate).ThenBy(p => p.Sequence).ToListAsync(cancellationToken);
        var remaining = payment.Amount;
        var counted = new List<Guid>();
        foreach (var stored in pending)
        {
            if (!remaining.IsPositive)
                break;
            var promise = stored.ToDomain();
            var share = Money.Min(remaining, promise.Amount - promise.Paid);
            if (!share.IsPositive || !promise.RecordPayment(share, payment.ValueDate))
                continue;
            remaining -= share;
            counted.Add(promise.Id);
            promise.CopyStateTo(stored, now);
            if (promise.Status == PromiseStatus.Kept)
                db.AddIntegrationEvent(PromiseEvents.Kept(promise, now), promise.Id.ToString());
        }

        record.PromiseIds = [.. counted];
    }
}
