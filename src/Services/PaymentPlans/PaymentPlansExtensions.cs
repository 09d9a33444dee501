using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Messaging;
using CollectionsPlatform.PaymentPlans.Cases;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Features.AssessAffordability;
using CollectionsPlatform.PaymentPlans.Features.QuotePaymentPlans;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.Messaging.Inbox;
using MassTransit;
using CollectionsPlatform.PaymentPlans.Features.AcceptPaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.ApprovePaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.CancelPaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.CancelPromiseToPay;
using CollectionsPlatform.PaymentPlans.Features.CreatePromiseToPay;
using CollectionsPlatform.PaymentPlans.Features.ListPaymentPlans;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Promises;
using CollectionsPlatform.PaymentPlans.Features.ProposePaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.RecordPayment;
using CollectionsPlatform.PaymentPlans.Features.Scheduler;
using CollectionsPlatform.ServiceDefaults.Data;
using CollectionsPlatform.ServiceDefaults.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionsPlatform.PaymentPlans;

/// <summary>The one place the Payment plans service is wired.</summary>
public static class PaymentPlansExtensions
{
    /// <summary>Database (paymentplansdb, migrated at start-up), Redis, the event bus with its outbox, the Cases
    /// client (<c>http://_grpc.cases</c>), the policy pack and the handlers.</summary>
    public static IHostApplicationBuilder AddPaymentPlans(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDatabase<PaymentPlansDbContext>("paymentplansdb");
        builder.AddRedisClient();
        builder.AddEventBus<PaymentPlansDbContext>(bus =>
            bus.AddConsumer<PaymentPostedConsumer, IdempotentConsumerDefinition<PaymentPostedConsumer>>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(PlanPolicy.Default);
        builder.Services.AddServiceClient<CaseService.CaseServiceClient>("cases");
        builder.Services.AddScoped<CaseDirectory>();
        builder.Services.AddScoped<PlanRequestReplay>();
        builder.Services.AddScoped<AssessmentReader>();
        builder.Services.AddScoped<AssessAffordabilityHandler>();
        builder.Services.AddScoped<QuotePaymentPlansHandler>();
        builder.Services.AddScoped<PlanStore>();
        builder.Services.AddScoped<PlanTransition>();
        builder.Services.AddScoped<ProposePaymentPlanHandler>();
        builder.Services.AddScoped<ApprovePaymentPlanHandler>();
        builder.Services.AddScoped<AcceptPaymentPlanHandler>();
        builder.Services.AddScoped<CancelPaymentPlanHandler>();
        builder.Services.AddScoped<ListPaymentPlansHandler>();
        builder.Services.AddScoped<PromiseStore>();
        builder.Services.AddScoped<CreatePromiseToPayHandler>();
        builder.Services.AddScoped<CancelPromiseToPayHandler>();
        builder.Services.AddScoped<PaymentAllocator>();
        builder.Services.AddScoped<RecordPaymentHandler>();
        builder.Services.AddScoped<PlanSweep>();
        builder.Services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName)
            .Validate(o => o.Interval > TimeSpan.Zero, "PaymentPlans:Scheduler:Interval must be positive.").ValidateOnStart();
        builder.Services.AddHostedService<PlanScheduler>();
        return builder;
    }
}
