using CollectionsPlatform.Data;
using CollectionsPlatform.Messaging.ErrorQueues;
using CollectionsPlatform.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CollectionsPlatform.Messaging.Tests;

/// <summary>What AddEventBus wires into a service (built, never started: no broker needed).</summary>
public sealed class EventBusRegistrationTests
{
    [Fact]
    public void AddEventBus_registers_the_bus_health_check_the_dispatcher_and_the_commit_interceptor()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventbus"] = "amqp://guest:guest@127.0.0.1:5672",
        });
        builder.Services.AddDbContext<ModelOnlyDbContext>(o => o.UseNpgsql(ModelOnlyDbContext.UnusedConnectionString));
        builder.AddDatabaseMigration<ModelOnlyDbContext>();
        builder.AddEventBus<ModelOnlyDbContext>();
        using var host = builder.Build();

        var health = host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        health.ShouldContain(r => r.Name == EventBusHostApplicationBuilderExtensions.HealthCheckName);
        host.Services.GetServices<IHostedService>().ShouldContain(s => s is OutboxDispatcher<ModelOnlyDbContext>);
        host.Services.GetRequiredService<ErrorQueueMonitor>().ShouldNotBeNull();
        using var scope = host.Services.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<ModelOnlyDbContext>();
        var interceptors = dbContext.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors;
        interceptors.ShouldNotBeNull().ShouldContain(i => i is OutboxCommitInterceptor<ModelOnlyDbContext>);
    }

    [Fact]
    public void AddEventBus_without_the_eventbus_connection_string_fails_fast()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddDbContext<ModelOnlyDbContext>(o => o.UseNpgsql(ModelOnlyDbContext.UnusedConnectionString));

        Should.Throw<InvalidOperationException>(() => builder.AddEventBus<ModelOnlyDbContext>())
            .Message.ShouldContain("eventbus");
    }
}
