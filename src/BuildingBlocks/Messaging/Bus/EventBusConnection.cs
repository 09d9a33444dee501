namespace CollectionsPlatform.Messaging.Bus;

/// <summary>
/// The RabbitMQ broker from the <c>eventbus</c> connection string (<c>amqp://user:pass@host:port[/vhost]</c>).
/// </summary>
public sealed record EventBusConnection(Uri Address, string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public const string ConnectionStringName = "eventbus";

    public static EventBusConnection Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var address)
            || (address.Scheme != "amqp" && address.Scheme != "amqps"))
        {
            throw new FormatException(
                $"ConnectionStrings:{ConnectionStringName} must be an amqp:// URI such as amqp://user:pass@127.0.0.1:5672.");
        }

        var userInfo = address.UserInfo.Split(':', 2);
        var username = userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : "guest";
        var password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest";
        var path = address.AbsolutePath.Trim('/');
        var virtualHost = path.Length > 0 ? Uri.UnescapeDataString(path) : "/";
        var port = address.IsDefaultPort || address.Port < 0 ? (ushort)5672 : (ushort)address.Port;
        return new EventBusConnection(address, address.Host, port, virtualHost, username, password);
    }

    /// <summary>Never print the password.</summary>
    public override string ToString() => $"amqp://{Host}:{Port}/{VirtualHost.TrimStart('/')}";
}
