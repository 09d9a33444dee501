using System.Net;
using CollectionsPlatform.Grpc.Client;

namespace CollectionsPlatform.Grpc;

/// <summary>
/// A long-lived connection pool to one gRPC address over HTTP/2 (prior knowledge for http://), shaped like
/// grpc-dotnet's GrpcChannel. Create one per address and share it; calls multiplex over its connections.
/// </summary>
public sealed class GrpcChannel : ChannelBase, IDisposable
{
    private readonly HttpMessageInvoker _invoker;
    private readonly HttpClient? _httpClient;
    private readonly bool _disposeInvoker;
    private readonly string _pathBase;

    private GrpcChannel(Uri address, GrpcChannelOptions options)
        : base(address.OriginalString)
    {
        Address = address;
        Options = options;
        _pathBase = address.AbsolutePath.TrimEnd('/');
        if (options.HttpClient is { } httpClient)
        {
            _httpClient = httpClient;
            _invoker = httpClient;
            _disposeInvoker = options.DisposeHttpClient;
        }
        else
        {
            _invoker = new HttpMessageInvoker(options.HttpHandler ?? CreateDefaultHandler(), disposeHandler: options.HttpHandler is null || options.DisposeHttpClient);
            _disposeInvoker = true;
        }
    }

    /// <summary>The channel's address, for example <c>http://127.0.0.1:5001</c> or <c>http://_grpc.cases</c>.</summary>
    public Uri Address { get; }

    internal GrpcChannelOptions Options { get; }

    /// <summary>Creates a channel to <paramref name="address"/>.</summary>
    public static GrpcChannel ForAddress(string address, GrpcChannelOptions? options = null) =>
        ForAddress(new Uri(address, UriKind.Absolute), options);

    /// <summary>Creates a channel to <paramref name="address"/>.</summary>
    public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("A gRPC channel address is an absolute http:// or https:// URI.", nameof(address));
        }

        return new GrpcChannel(address, options ?? new GrpcChannelOptions());
    }

    /// <summary>
    /// The handler a channel uses unless told otherwise: HTTP/2 over several connections when one is saturated,
    /// pooled connections reused across calls, keep-alive pings while calls run, no proxy, no cookies.
    /// </summary>
    public static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        EnableMultipleHttp2Connections = true,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    };

    /// <summary>An invoker whose calls go through this channel.</summary>
    public override CallInvoker CreateCallInvoker() => new HttpCallInvoker(this);

    public void Dispose()
    {
        if (_disposeInvoker)
        {
            _invoker.Dispose();
        }
    }

    /// <summary>The URI of a method on this channel, resolved through <see cref="GrpcChannelOptions.AddressResolver"/>.</summary>
    internal Uri GetMethodUri(IMethod method)
    {
        var uri = new UriBuilder(Address) { Path = _pathBase + method.FullName, Query = string.Empty }.Uri;
        return Options.AddressResolver is { } resolve ? resolve(uri) : uri;
    }

    /// <summary>Sends a call's request and returns as soon as the response headers arrive.</summary>
    internal Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _httpClient is not null
            ? _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            : _invoker.SendAsync(request, cancellationToken);
}
