using CollectionsPlatform.Api;
using CollectionsPlatform.Cases.Data;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Cases.Features.Requests;

/// <summary>request_id replay of case mutations, kept in <c>case_requests</c> (the case each id changed): a retry with
/// the same content gets the case as it is now, other content is REQUEST_ID_REUSED.</summary>
public sealed class CaseRequestReplay(CasesDbContext db) : RequestReplay
{
    /// <summary>The case a seen request id changed, or null when the id is new (or absent).</summary>
    public async Task<CaseRecord?> FindAsync(string? requestId, string fingerprint, CancellationToken cancellationToken)
    {
        if (await ReplayAsync(new RequestKey(requestId, fingerprint), cancellationToken) is not { } name || !ResourceNames.TryParseCase(name, out var caseId))
            return null;
        return await db.Cases.AsNoTracking().Include(c => c.Holds).SingleAsync(c => c.Id == caseId, cancellationToken);
    }

    /// <summary>Stages the request id with the change it belongs to.</summary>
    public void Remember(string? requestId, string fingerprint, Guid caseId, DateTimeOffset at) =>
        Remember(new RequestKey(requestId, fingerprint), ResourceNames.Case(caseId), at);

    protected override async Task<SeenRequest?> FindAsync(string requestId, CancellationToken cancellationToken) =>
        await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.RequestId == requestId, cancellationToken) is { } seen
            ? new SeenRequest(seen.RequestId, seen.Fingerprint, ResourceNames.Case(seen.CaseId), seen.ReceivedAt)
            : null;

    protected override void Stage(SeenRequest request)
    {
        ResourceNames.TryParseCase(request.ResourceName, out var caseId);
        db.Requests.Add(new CaseRequestRecord { RequestId = request.RequestId, Fingerprint = request.Fingerprint, CaseId = caseId, ReceivedAt = request.ReceivedAt });
    }
}
