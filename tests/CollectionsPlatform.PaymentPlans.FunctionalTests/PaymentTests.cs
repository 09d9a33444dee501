using Collections.PaymentPlans.V1;
using CollectionsPlatform.Contracts.IntegrationEvents;
using Grpc.Core;
using MassTransit;

namespace CollectionsPlatform.PaymentPlans.FunctionalTests;

public sealed class PaymentTests(PlansHostFixture host)
{
    private async Task<(string CaseName, PaymentPlan Plan)> ActivePlanAsync(int termMonths = 3)
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);
        var proposed = await host.Plans.ProposePaymentPlanAsync(Requests.Propose(caseName, assessment.Name, amount: 3_000m, termMonths: termMonths, rateBps: 0));
        return (caseName, await host.Plans.AcceptPaymentPlanAsync(Requests.Accept(proposed)));
    }

    [Fact]
    public async Task A_payment_goes_to_the_oldest_instalment_first_and_the_excess_is_carried_forward()
    {
        var (caseName, plan) = await ActivePlanAsync();
        var payment = new RecordPaymentRequest
        {
            Parent = caseName, PaymentId = "PAY-" + Guid.NewGuid().ToString("N"), Amount = Requests.Money(1_500m), ValueDate = Requests.Date(Requests.Today),
        };

        var allocation = await host.Plans.RecordPaymentAsync(payment);
        var replay = await host.Plans.RecordPaymentAsync(payment);
        var after = await host.Plans.GetPaymentPlanAsync(new GetPaymentPlanRequest { Name = plan.Name });
        var final = await host.Plans.RecordPaymentAsync(new RecordPaymentRequest
        {
            Parent = caseName, PaymentId = "PAY-" + Guid.NewGuid().ToString("N"), Amount = Requests.Money(1_600m), ValueDate = Requests.Date(Requests.Today),
        });

        allocation.Instalments.Select(i => (i.Sequence, i.Amount.Amount())).ShouldBe([(1, 1_000m), (2, 500m)]);
        replay.ShouldBe(allocation);
        after.Schedule.Instalments.Select(i => i.State).ShouldBe([InstalmentState.Paid, InstalmentState.PartiallyPaid, InstalmentState.Scheduled]);
        after.PaidAmount.Amount().ShouldBe(1_500m);
        final.CarriedForward.Amount().ShouldBe(100m);
        (await host.Plans.GetPaymentPlanAsync(new GetPaymentPlanRequest { Name = plan.Name })).State.ShouldBe(PlanState.Completed);
    }

    [Fact]
    public async Task A_payment_id_reused_for_another_amount_is_already_exists()
    {
        var (caseName, _) = await ActivePlanAsync();
        var id = "PAY-" + Guid.NewGuid().ToString("N");
        await host.Plans.RecordPaymentAsync(new RecordPaymentRequest { Parent = caseName, PaymentId = id, Amount = Requests.Money(10m), ValueDate = Requests.Date(Requests.Today) });

        var error = await Should.ThrowAsync<RpcException>(async () => await host.Plans.RecordPaymentAsync(
            new RecordPaymentRequest { Parent = caseName, PaymentId = id, Amount = Requests.Money(11m), ValueDate = Requests.Date(Requests.Today) }));

        error.StatusCode.ShouldBe(StatusCode.AlreadyExists);
        error.Reason().ShouldBe("PAYMENT_ID_REUSED");
    }

    [Fact]
    public async Task Payment_posted_on_the_bus_is_allocated_once_even_when_redelivered_and_keeps_a_promise()
    {
        await using var events = await EventListener.StartAsync(host.EventBusUri, "InstalmentPaid", "PromiseKept");
        var (caseName, plan) = await ActivePlanAsync();
        var promise = await host.Plans.CreatePromiseToPayAsync(new CreatePromiseToPayRequest
        {
            Parent = caseName,
            PromiseToPay = new PromiseToPay { Amount = Requests.Money(1_000m), PromiseDate = Requests.Date(Requests.Today.AddDays(2)) },
        });
        var posted = new PaymentPosted
        {
            PaymentId = Guid.NewGuid(), CaseId = Requests.IdOf(caseName), PaymentReference = "CORE-" + Guid.NewGuid().ToString("N"),
            Amount = 1_000m, Currency = "CNY", ValueDate = Requests.Today, OutstandingBalance = 11_350.5m, OccurredAt = DateTimeOffset.UtcNow,
        };
        var messageId = Guid.NewGuid();

        await host.Bus.Publish(posted, context => context.MessageId = messageId);
        await host.Bus.Publish(posted, context => context.MessageId = messageId);
        await host.Bus.Publish(posted, context => context.MessageId = Guid.NewGuid());

        var planId = Requests.IdOf(plan.Name).ToString();
        (await events.WaitForAsync("InstalmentPaid", planId)).Count.ShouldBe(1);
        (await events.WaitForAsync("PromiseKept", Requests.IdOf(promise.Name).ToString())).Count.ShouldBe(1);
        (await events.CollectAsync("InstalmentPaid", planId, seconds: 3)).Count.ShouldBe(1);
        var after = await host.Plans.GetPaymentPlanAsync(new GetPaymentPlanRequest { Name = plan.Name });
        after.PaidAmount.Amount().ShouldBe(1_000m);
        (await host.Plans.GetPromiseToPayAsync(new GetPromiseToPayRequest { Name = promise.Name })).State.ShouldBe(PromiseState.Kept);
    }

    [Fact]
    public async Task A_promise_in_the_past_or_of_zero_is_refused_and_a_pending_one_can_be_cancelled()
    {
        var caseName = await host.Cases.OpenCaseAsync();

        var past = await Should.ThrowAsync<RpcException>(async () => await host.Plans.CreatePromiseToPayAsync(new CreatePromiseToPayRequest
        {
            Parent = caseName, PromiseToPay = new PromiseToPay { Amount = Requests.Money(0m), PromiseDate = Requests.Date(Requests.Today.AddDays(-1)) },
        }));
        var promise = await host.Plans.CreatePromiseToPayAsync(new CreatePromiseToPayRequest
        {
            Parent = caseName, PromiseToPay = new PromiseToPay { Amount = Requests.Money(500m), PromiseDate = Requests.Date(Requests.Today) },
        });
        var cancelled = await host.Plans.CancelPromiseToPayAsync(new CancelPromiseToPayRequest { Name = promise.Name, Etag = promise.Etag });

        past.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        past.Fields().ShouldBe(["promise_to_pay.amount", "promise_to_pay.promise_date"]);
        promise.GraceDays.ShouldBe(3);
        cancelled.State.ShouldBe(PromiseState.Cancelled);
        (await host.Plans.ListPromisesToPayAsync(new ListPromisesToPayRequest { Parent = caseName })).PromisesToPay.Single().Name.ShouldBe(promise.Name);
    }
}
