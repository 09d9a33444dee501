using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Data;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Features.Shared;

/// <summary>request_id replay (AIP-155): a retry with the same content answers with the resource the first call
/// produced; the same id with other content is refused with REQUEST_ID_REUSED.</summary>
public sealed class RequestLog(PaymentPlansDbContext db)
{
    /// <summary>The resource name a previous call with this id produced, or null when the id is new.</summary>
    public async Task<string?> ReplayAsync(string? requestId, string fingerprint, CancellationToken cancellationToken)
    {
        if (requestId is null)
            return null;
        var seen = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        if (seen is null)
            return null;
        if (seen.Fingerprint != fingerprint)
            throw new DomainException("REQUEST_ID_REUSED", "The request id was used with different content.", "request_id");
        return seen.ResourceName;
    }

    /// <summary>Stages the id with the call's result in the same unit of work as the call's effects.</summary>
    public void Record(string? requestId, string fingerprint, string resourceName, DateTimeOffset now)
    {
        if (requestId is not null)
            db.Requests.Add(new RequestRecord { RequestId = requestId, Fingerprint = fingerprint, ResourceName = resourceName, ReceivedAt = now });
    }
}
