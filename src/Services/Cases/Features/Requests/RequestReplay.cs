using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Domain;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Cases.Features.Requests;

/// <summary>request_id handling of case mutations: a retry with the same content gets the case as it is now,
/// other content is REQUEST_ID_REUSED. The fingerprint names the method, so one id cannot serve two methods.</summary>
public sealed class RequestReplay(CasesDbContext db)
{
    /// <summary>The case a seen request id changed, or null when the id is new (or absent).</summary>
    public async Task<CaseRecord?> FindAsync(string? requestId, string fingerprint, CancellationToken cancellationToken)
    {
        if (requestId is null)
            return null;
        var seen = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        if (seen is null)
            return null;
        if (seen.Fingerprint != fingerprint)
            throw new DomainException("REQUEST_ID_REUSED", "The request id was used with different content.", "request_id");
        return await db.Cases.AsNoTracking().Include(c => c.Holds).SingleAsync(c => c.Id == seen.CaseId, cancellationToken);
    }

    /// <summary>Stages the request id with the change it belongs to.</summary>
    public void Remember(string? requestId, string fingerprint, Guid caseId, DateTimeOffset at)
    {
        if (requestId is not null)
            db.Requests.Add(new CaseRequestRecord { RequestId = requestId, Fingerprint = fingerprint, CaseId = caseId, ReceivedAt = at });
    }
}
