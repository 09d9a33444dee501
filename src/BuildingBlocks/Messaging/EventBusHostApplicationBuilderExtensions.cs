using CollectionsPlatform.Messaging.Bus;
using CollectionsPlatform.Messaging.ErrorQueues;
using CollectionsPlatform.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CollectionsPlatform.Messaging;

public static class EventBusHostApplicationBuilderExtensions
{
    public const string HealthCheckName = "eventbus";

    /// <summary>
    /// MassTransit on RabbitMQ (<c>ConnectionStrings:eventbus</c>) with kebab-case endpoints, the consumers
    /// registered by <paramref name="configureConsumers"/> (retry beside each consumer definition, then
    /// <c>&lt;queue&gt;_error</c>), the transactional outbox dispatcher and retention for
    /// <typeparamref name="TDbContext"/> (woken by every commit that staged events; both start once the database
    /// is migrated), the bus health check, consumers back within seconds of the broker's return
    /// (<see cref="ReceiveTransportReconnect"/>), and <see cref="ErrorQueueMonitor"/>. <typeparamref name="TDbContext"/>
    /// must be registered (<c>AddNpgsqlDbContext</c>) with <c>AddDatabaseMigration</c>, and call
    /// <c>AddIntegrationEventTables()</c> in its model.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus<TDbContext>(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(EventBusConnection.ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{EventBusConnection.ConnectionStringName} is not configured.");
        var connection = EventBusConnection.Parse(connectionString);
        var services = builder.Services;

        services.AddSingleton(connection);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>());
        services.AddSingleton<OutboxSignal<TDbContext>>();
        services.AddSingleton<OutboxCommitInterceptor<TDbContext>>();
        services.ConfigureDbContext<TDbContext>(
            (provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxCommitInterceptor<TDbContext>>()),
            ServiceLifetime.Singleton);
        services.TryAddSingleton<OutboxPublisher>();
        services.AddHostedService<OutboxDispatcher<TDbContext>>();
        services.AddHostedService<OutboxRetention<TDbContext>>();
        services.TryAddSingleton<ReceiveEndpointRegistry>();
        services.TryAddSingleton<ErrorQueueMonitor>();

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            configureConsumers?.Invoke(bus);
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = HealthCheckName;
                health.Tags.Add("ready");
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(connection.Host, connection.Port, connection.VirtualHost, host =>
                {
                    host.Username(connection.Username);
                    host.Password(connection.Password);
                });
                ReceiveTransportReconnect.Apply(rabbit);
                rabbit.ConnectEndpointConfigurationObserver(context.GetRequiredService<ReceiveEndpointRegistry>());
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
