namespace CollectionsPlatform.Grpc.InteropTests.Hosting;

/// <summary>
/// The servers every interop test talks to, started once per test run: our server (plain and gzip-responding)
/// on real Kestrel h2c ports, the grpc-js peer server, and the gateway in front of our server.
/// </summary>
public sealed class InteropFixture : IAsyncLifetime
{
    public const string OurServer = "our-server";
    public const string GrpcJs = "grpc-js";
    public const string ThroughGateway = "gateway";

    private EchoServerHost? _ours;
    private EchoServerHost? _oursGzip;
    private GrpcJsServer? _grpcJs;
    private GatewayProcess? _gateway;

    public EchoServerHost Ours => _ours ?? throw new InvalidOperationException("Not started.");

    public GrpcJsServer GrpcJsServer => _grpcJs ?? throw new InvalidOperationException("Not started.");

    /// <summary>The gateway in front of our server.</summary>
    public GatewayProcess Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    /// <summary>The address of the named server (<see cref="OurServer"/>, <see cref="GrpcJs"/>, or our server <see cref="ThroughGateway"/>).</summary>
    public Uri AddressOf(string server) => server switch
    {
        OurServer => Ours.Address,
        GrpcJs => GrpcJsServer.Address,
        ThroughGateway => Gateway.Address,
        _ => throw new ArgumentOutOfRangeException(nameof(server), server, "Unknown server."),
    };

    /// <summary>Our server's instance that gzips its responses (grpc-js servers never compress responses).</summary>
    public EchoServerHost OursGzip => _oursGzip ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var grpcJs = GrpcJsServer.StartAsync();
        _ours = await EchoServerHost.StartAsync(gzipResponses: false);
        _oursGzip = await EchoServerHost.StartAsync(gzipResponses: true);
        _grpcJs = await grpcJs;
        _gateway = await GatewayProcess.StartAsync(_ours.Address);
    }

    public async ValueTask DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_grpcJs is not null)
        {
            await _grpcJs.DisposeAsync();
        }

        if (_oursGzip is not null)
        {
            await _oursGzip.DisposeAsync();
        }

        if (_ours is not null)
        {
            await _ours.DisposeAsync();
        }
    }
}
