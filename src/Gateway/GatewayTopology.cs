namespace CollectionsPlatform.Gateway;

/// <summary>The services behind the gateway (discovery names). Each serves the gRPC package
/// <c>collections.&lt;name&gt;.v1</c> on its "grpc" endpoint and /health on its "http" endpoint.</summary>
public sealed record GatewayTopology(IReadOnlyList<string> Services)
{
    /// <summary>The platform's services, used unless Gateway:Services is configured.</summary>
    public static IReadOnlyList<string> DefaultServices { get; } = ["cases", "contacts", "paymentplans", "consent", "complaints"];

    /// <summary>Reads Gateway:Services; rejects names that are not lower-case discovery names.</summary>
    public static GatewayTopology From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetSection("Gateway:Services").Get<string[]>();
        var services = configured is { Length: > 0 } ? configured : DefaultServices;
        var invalid = services.FirstOrDefault(s => s.Length == 0 || !s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));
        if (invalid is not null)
        {
            throw new InvalidOperationException($"Gateway:Services holds an invalid service name '{invalid}'.");
        }

        return new GatewayTopology(services);
    }

    /// <summary>The gRPC package a service serves, e.g. collections.cases.v1.</summary>
    public static string PackageOf(string service) => $"collections.{service}.v1";
}
