using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class IntegrationEventMappingTests
{
    [Fact]
    public void Paying_in_full_announces_the_payment_the_bucket_the_state_and_the_closing()
    {
        var collectionCase = CaseBuilder.OpenCase(daysPastDue: 20, principal: 1_000m, interest: 0m, fees: 0m);
        var stored = new StoredCase(collectionCase.ToRecord("CN"), collectionCase);
        collectionCase.DequeueEvents();
        var payment = new PaymentRecord { PaymentId = "PAY-1", Currency = "CNY", EventId = Guid.NewGuid(), ValueDate = new DateOnly(2026, 11, 20), Amount = 1_000m };

        collectionCase.PostPayment("PAY-1", CaseBuilder.Cny(1_000m), CaseBuilder.Now);
        var published = collectionCase.DequeueEvents().SelectMany(e => CaseIntegrationEvents.From(e, stored, payment)).ToList();

        published.Select(e => e.GetType()).ShouldBe([typeof(PaymentPosted), typeof(CaseBucketChanged), typeof(CaseStateChanged), typeof(CaseClosed)]);
        var posted = published.OfType<PaymentPosted>().Single();
        posted.PaymentId.ShouldBe(payment.EventId);
        posted.PaymentReference.ShouldBe("PAY-1");
        posted.ValueDate.ShouldBe(payment.ValueDate);
        posted.OutstandingBalance.ShouldBe(0m);
        published.OfType<CaseBucketChanged>().Single().NewBucket.ShouldBe("Current");
        published.OfType<CaseStateChanged>().Single().NewState.ShouldBe("Cured");
        published.OfType<CaseClosed>().Single().Reason.ShouldBe("PaidInFull");
    }

    [Fact]
    public void A_working_state_change_is_not_a_closing()
    {
        var collectionCase = CaseBuilder.OpenCase();
        var stored = new StoredCase(collectionCase.ToRecord("CN"), collectionCase);
        collectionCase.DequeueEvents();

        collectionCase.ActivatePlan(Guid.NewGuid(), CaseBuilder.Now);

        collectionCase.DequeueEvents().SelectMany(e => CaseIntegrationEvents.From(e, stored, null)).ShouldHaveSingleItem()
            .ShouldBeOfType<CaseStateChanged>().PreviousState.ShouldBe("Open");
    }
}
