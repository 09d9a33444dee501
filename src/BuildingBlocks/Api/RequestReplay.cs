using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Api;

/// <summary>
/// request_id replay (AIP-155): a retry with the same content answers with the resource the first call produced; the
/// same id with other content is refused with REQUEST_ID_REUSED. Each service keeps the seen ids in its own database,
/// in the same unit of work as the call's effects: it says how to find and stage one (<see cref="FindAsync"/>,
/// <see cref="Stage"/>); the rule lives here.
/// </summary>
public abstract class RequestReplay
{
    /// <summary>The resource name a previous call with this key produced, or null when the id is new (or absent).</summary>
    public async Task<string?> ReplayAsync(RequestKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.RequestId is null)
            return null;
        var seen = await FindAsync(key.RequestId, cancellationToken);
        if (seen is null)
            return null;
        if (seen.Fingerprint != key.Fingerprint)
            throw new DomainException("REQUEST_ID_REUSED", "The request id was used with different content.", "request_id");
        return seen.ResourceName;
    }

    /// <summary>Stages the key with the resource the call produced, to be saved with the call's effects.</summary>
    public void Remember(RequestKey key, string resourceName, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.RequestId is not null)
            Stage(new SeenRequest(key.RequestId, key.Fingerprint, resourceName, receivedAt));
    }

    /// <summary>The stored request with this id, or null.</summary>
    protected abstract Task<SeenRequest?> FindAsync(string requestId, CancellationToken cancellationToken);

    /// <summary>Adds the request to the service's unit of work (not saved yet).</summary>
    protected abstract void Stage(SeenRequest request);
}
