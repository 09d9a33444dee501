using System.Security.Cryptography;
using Google.Protobuf;

namespace CollectionsPlatform.Api;

/// <summary>A mutating call's idempotency key (AIP-155 <c>request_id</c>, null when absent) and the SHA-256 of the method
/// and the request content without that key, so one id cannot serve two methods or two contents.</summary>
public sealed record RequestKey(string? RequestId, string Fingerprint)
{
    /// <summary>The key of <paramref name="request"/>: <paramref name="requestWithoutVolatileFields"/> is the content that
    /// identifies the call (without request_id, and without an etag when a retry may carry a fresh one).</summary>
    public static RequestKey For(string method, string requestId, IMessage requestWithoutVolatileFields)
    {
        ArgumentNullException.ThrowIfNull(requestWithoutVolatileFields);
        return new RequestKey(requestId.Length == 0 ? null : requestId, Hash(method, requestWithoutVolatileFields));
    }

    /// <summary>The key of <paramref name="request"/>, its content taken without the request id.</summary>
    public static RequestKey For<T>(string method, T request, string requestId, Action<T> clearRequestId)
        where T : IMessage<T>, IDeepCloneable<T>
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clearRequestId);
        var withoutId = request.Clone();
        clearRequestId(withoutId);
        return For(method, requestId, withoutId);
    }

    private static string Hash(string method, IMessage content)
    {
        var prefix = System.Text.Encoding.UTF8.GetBytes(method + "\n");
        return Convert.ToHexStringLower(SHA256.HashData([.. prefix, .. content.ToByteArray()]));
    }
}
