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
using CollectionsPlatform.Data;
using CollectionsPlatform.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionsPlatform.Cases;

/// <summary>The one place the Cases service is wired.</summary>
public static class CasesExtensions
{
    /// <summary>Database (casesdb through Aspire's Npgsql EF Core integration, migrated before the service reports ready),
    /// the event bus with its outbox, the consumers, the strategy, the case store and the handlers.</summary>
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddNpgsqlDbContext<CasesDbContext>("casesdb");
        builder.AddDatabaseMigration<CasesDbContext>();
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
