using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Cases;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Promises;
using CollectionsPlatform.PaymentPlans.Features.Promises;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Features.CreatePromiseToPay;

/// <summary>Records a promise in the case currency, not above the balance, dated today or later.</summary>
public sealed class CreatePromiseToPayHandler(
    PaymentPlansDbContext db, CaseDirectory cases, PromiseStore promises, PlanRequestReplay requests, PlanPolicy policy, TimeProvider clock)
{
    public async Task<PromiseRecord> HandleAsync(CreatePromiseToPayCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await requests.ReplayAsync(command.Request, cancellationToken) is { } replayed
            && ResourceNames.TryParseChild(replayed, ResourceCollections.PromisesToPay, out var replayedCase, out var replayedId))
            return await promises.ReadAsync(replayedCase, replayedId, cancellationToken);
        var facts = await cases.GetAsync(command.CaseId, cancellationToken);
        if (command.Amount.Currency != facts.Currency)
            throw new DomainException("CURRENCY_MISMATCH", "The amount must be in the case currency.", "promise_to_pay.amount.currency_code");
        if (facts.Closed)
            throw new DomainException("CASE_CLOSED", "The case is closed.");
        if (command.Amount > facts.Outstanding)
            throw new DomainException("AMOUNT_ABOVE_BALANCE", "A promise may not exceed the outstanding balance.", "promise_to_pay.amount");
        var now = clock.Now();
        var promise = PromiseToPay.Make(Guid.CreateVersion7(), command.CaseId, command.Amount, command.PromisedDate, clock.Today(),
            command.GraceDays ?? policy.GraceDays);
        var record = new PromiseRecord
        {
            Id = promise.Id,
            CaseId = promise.CaseId,
            Currency = promise.Amount.Currency.Code,
            Amount = promise.Amount.Amount,
            PromisedDate = promise.PromisedDate,
            GraceDays = promise.GraceDays,
            Paid = 0m,
            Status = (int)promise.Status,
            AgentId = command.AgentId,
            ContactAttempt = command.ContactAttempt,
            CreatedAt = now,
            Version = 1,
        };
        db.Promises.Add(record);
        requests.Remember(command.Request, ResourceNames.Child(record.CaseId, ResourceCollections.PromisesToPay, record.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }
}
