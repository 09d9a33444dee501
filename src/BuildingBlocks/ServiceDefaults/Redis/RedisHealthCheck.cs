using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace CollectionsPlatform.ServiceDefaults.Redis;

/// <summary>Ready when Redis answers PING.</summary>
internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var multiplexer = await Task.Run(() => connection.Multiplexer, cancellationToken);
            var latency = await multiplexer.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered PING in {latency.TotalMilliseconds:F1} ms");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis unreachable ({ex.GetType().Name})");
        }
    }
}
