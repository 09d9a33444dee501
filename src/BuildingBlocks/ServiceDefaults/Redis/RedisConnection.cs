using StackExchange.Redis;

namespace CollectionsPlatform.ServiceDefaults.Redis;

/// <summary>Owns the process's one <see cref="ConnectionMultiplexer"/>, created on first use.</summary>
public sealed class RedisConnection(ConfigurationOptions options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> multiplexer = new(() => ConnectionMultiplexer.Connect(options));

    /// <summary>The shared multiplexer (connects on first access; never throws for an unreachable server).</summary>
    public IConnectionMultiplexer Multiplexer => multiplexer.Value;

    /// <summary>Parses <c>host:port[,password=…]</c> and forces abortConnect=false.</summary>
    public static ConfigurationOptions ParseOptions(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 3000);
        return options;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (multiplexer.IsValueCreated)
        {
            multiplexer.Value.Dispose();
        }
    }
}
