using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Messaging.TestHost;

/// <summary>The producer's state change: a payment row and its PaymentPosted event in one unit of work.</summary>
public static class LedgerCommands
{
    public static Payment StagePayment(LedgerDbContext dbContext, decimal amount, string reference)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        var payment = new Payment { Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), Amount = amount, Reference = reference };
        dbContext.Payments.Add(payment);
        dbContext.AddIntegrationEvent(ToEvent(payment), orderingKey: payment.CaseId.ToString());
        return payment;
    }

    public static PaymentPosted ToEvent(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new PaymentPosted
        {
            PaymentId = payment.Id,
            CaseId = payment.CaseId,
            PaymentReference = payment.Reference,
            Amount = payment.Amount,
            Currency = "CNY",
            ValueDate = new DateOnly(2026, 11, 23),
            OutstandingBalance = 0m,
            OccurredAt = DateTimeOffset.UtcNow,
        };
    }
}
