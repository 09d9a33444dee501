using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CollectionsPlatform.Grpc;

/// <summary>The server side of one call: its method, deadline, metadata, status and caller.</summary>
public abstract class ServerCallContext
{
    /// <summary>The full method name, "/{package}.{Service}/{Method}".</summary>
    public abstract string Method { get; }

    /// <summary>The :authority the caller addressed.</summary>
    public abstract string Host { get; }

    /// <summary>The caller's address, "ipv4:1.2.3.4:5678" or "ipv6:[::1]:5678".</summary>
    public abstract string Peer { get; }

    /// <summary>The call's deadline (UTC), <see cref="DateTime.MaxValue"/> when the caller set none.</summary>
    public abstract DateTime Deadline { get; }

    /// <summary>The request metadata (custom headers, without the reserved gRPC/HTTP ones).</summary>
    public abstract Metadata RequestHeaders { get; }

    /// <summary>Trailers sent with the status at the end of the call.</summary>
    public abstract Metadata ResponseTrailers { get; }

    /// <summary>The status sent at the end of the call when the handler completes normally.</summary>
    public abstract Status Status { get; set; }

    /// <summary>Cancelled when the caller cancels, the connection drops or the deadline passes.</summary>
    public abstract CancellationToken CancellationToken { get; }

    /// <summary>The authenticated caller (HttpContext.User).</summary>
    public abstract ClaimsPrincipal User { get; }

    /// <summary>Sends the response headers now, with this metadata; at most once and before the first message.</summary>
    public abstract Task WriteResponseHeadersAsync(Metadata responseHeaders);

    /// <summary>The ASP.NET Core context of the call.</summary>
    public abstract HttpContext GetHttpContext();
}
