namespace CollectionsPlatform.Grpc.InteropTests.Hosting;

/// <summary>
/// The servers every interop test talks to, started once per test run: our server (plain and gzip-responding)
/// on real Kestrel h2c ports, and the grpc-js peer server.
/// </summary>
public sealed class InteropFixture : IAsyncLifetime
{
    public const string OurServer = "our-server";
    public const string GrpcJs = "grpc-js";

    private EchoServerHost? _ours;
    private EchoServerHost? _oursGzip;
    private GrpcJsServer? _grpcJs;

    public EchoServerHost Ours => _ours ?? throw new InvalidOperationException("Not started.");

    public GrpcJsServer GrpcJsServer => _grpcJs ?? throw new InvalidOperationException("Not started.");

    /// <summary>The address of the named server (<see cref="OurServer"/> or <see cref="GrpcJs"/>).</summary>
    public Uri AddressOf(string server) => server switch
    {
        OurServer => Ours.Address,
        GrpcJs => GrpcJsServer.Address,
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
    }

    public async ValueTask DisposeAsync()
    {
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
