using CollectionsPlatform.Data;
using CollectionsPlatform.PaymentPlans.Data;
using Microsoft.Extensions.Options;

namespace CollectionsPlatform.PaymentPlans.Features.Scheduler;

/// <summary>Runs <see cref="PlanSweep"/> every interval at the injected <see cref="TimeProvider"/>'s time, from the moment the
/// database is migrated. A failed pass is logged (counts and exception type only) and retried on the next tick.</summary>
public sealed partial class PlanScheduler(
    IServiceScopeFactory scopes,
    DatabaseMigrationState<PaymentPlansDbContext> migration,
    TimeProvider clock,
    IOptions<SchedulerOptions> options,
    ILogger<PlanScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !await migration.WaitUntilMigratedAsync(stoppingToken))
            return;
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<PlanSweep>().RunAsync(clock.GetUtcNow(), stoppingToken);
                if (outcome.ProposalsExpired + outcome.PlansWithMissedInstalments + outcome.PromisesSettled > 0)
                    LogSwept(outcome.ProposalsExpired, outcome.PlansWithMissedInstalments, outcome.PromisesSettled);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(error.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan sweep: {Expired} proposals expired, {Missed} plans with missed instalments, {Promises} promises settled")]
    private partial void LogSwept(int expired, int missed, int promises);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan sweep failed ({ErrorType}); retrying on the next tick")]
    private partial void LogFailed(string errorType);
}
