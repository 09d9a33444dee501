using CollectionsPlatform.Cases.Consumers;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Strategy;
using CollectionsPlatform.Cases.Features.AssignCase;
using CollectionsPlatform.Cases.Features.CaseHistory;
using CollectionsPlatform.Cases.Features.CloseCase;
using CollectionsPlatform.Cases.Features.CreateCase;
using CollectionsPlatform.Cases.Features.GetCase;
using CollectionsPlatform.Cases.Features.GetNextAction;
using CollectionsPlatform.Cases.Features.ListCases;
using CollectionsPlatform.Cases.Features.PostPayment;
using CollectionsPlatform.Cases.Features.Requests;
using CollectionsPlatform.Cases.Features.WatchCase;
using CollectionsPlatform.Messaging;
using CollectionsPlatform.ServiceDefaults.Data;
using CollectionsPlatform.ServiceDefaults.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionsPlatform.Cases;

/// <summary>The one place the Cases service is wired.</summary>
public static class CasesExtensions
{
    /// <summary>Database (casesdb, migrated at start-up), Redis, the event bus with its outbox, the consumers, the strategy, the case store and the handlers.</summary>
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddServiceDatabase<CasesDbContext>("casesdb");
        builder.AddRedisClient();
        builder.AddEventBus<CasesDbContext>(bus => bus.AddCaseConsumers());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new CollectionStrategy(new StrategyOptions()));
        builder.Services.AddScoped<CreateCaseHandler>();
        builder.Services.AddScoped<GetCaseHandler>();
        builder.Services.AddScoped<ListCasesHandler>();
        builder.Services.AddDelinquencyIntake();
        builder.Services.AddScoped<CaseStore>();
        builder.Services.AddScoped<CaseRequestReplay>();
        builder.Services.AddScoped<PostPaymentHandler>();
        builder.Services.AddScoped<CaseHistoryHandler>();
        builder.Services.AddScoped<AssignCaseHandler>();
        builder.Services.AddScoped<CloseCaseHandler>();
        builder.Services.AddScoped<GetNextActionHandler>();
        builder.Services.AddScoped<CaseWatcher>();
        return builder;
    }
}
