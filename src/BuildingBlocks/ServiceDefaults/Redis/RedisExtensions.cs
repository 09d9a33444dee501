using CollectionsPlatform.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace CollectionsPlatform.ServiceDefaults.Redis;

/// <summary>StackExchange.Redis 1.2.6 (the only version that restores; see ADR 0003).</summary>
public static class RedisExtensions
{
    /// <summary>The Aspire resource name of the platform's Redis.</summary>
    public const string DefaultConnectionName = "redis";

    /// <summary>
    /// Registers a singleton <see cref="IConnectionMultiplexer"/> from ConnectionStrings:<paramref name="connectionName"/>
    /// (<c>host:port[,password=…]</c>), connected on first use with abortConnect=false so it reconnects by itself,
    /// and a "ready" health check (PING) named <paramref name="connectionName"/>. Calling it twice is harmless.
    /// </summary>
    public static IHostApplicationBuilder AddRedisClient(this IHostApplicationBuilder builder, string connectionName = DefaultConnectionName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(RedisConnection)))
        {
            return builder;
        }

        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");
        builder.Services.AddSingleton(new RedisConnection(RedisConnection.ParseOptions(connectionString)));
        builder.Services.TryAddSingleton(sp => sp.GetRequiredService<RedisConnection>().Multiplexer);
        builder.Services.AddHealthChecks()
            .AddCheck<RedisHealthCheck>(connectionName, tags: [HealthTags.Ready, "redis"], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }
}
