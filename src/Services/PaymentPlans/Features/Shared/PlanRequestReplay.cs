using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Data;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Features.Shared;

/// <summary>request_id replay kept in <c>plan_requests</c>, staged in the same unit of work as the call's effects.</summary>
public sealed class PlanRequestReplay(PaymentPlansDbContext db) : RequestReplay
{
    protected override async Task<SeenRequest?> FindAsync(string requestId, CancellationToken cancellationToken) =>
        await db.Requests.AsNoTracking()
            .Where(r => r.RequestId == requestId)
            .Select(r => new SeenRequest(r.RequestId, r.Fingerprint, r.ResourceName, r.ReceivedAt))
            .SingleOrDefaultAsync(cancellationToken);

    protected override void Stage(SeenRequest request) =>
        db.Requests.Add(new RequestRecord { RequestId = request.RequestId, Fingerprint = request.Fingerprint, ResourceName = request.ResourceName, ReceivedAt = request.ReceivedAt });
}
