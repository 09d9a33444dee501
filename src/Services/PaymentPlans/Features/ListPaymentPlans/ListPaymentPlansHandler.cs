using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Features.ListPaymentPlans;

/// <summary>Keyset-paged plans of a case (or of all cases), newest first.</summary>
public sealed class ListPaymentPlansHandler(PaymentPlansDbContext db)
{
    public async Task<(IReadOnlyList<PlanRecord> Plans, long? NextAfter)> HandleAsync(
        Guid? caseId, IReadOnlyList<int> states, int pageSize, long? afterSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(states);
        var plans = PlanStore.Detailed(db).AsNoTracking();
        if (caseId is { } id)
            plans = plans.Where(p => p.CaseId == id);
        if (afterSequence is { } after)
            plans = plans.Where(p => p.Sequence < after);
        if (states.Count > 0)
            plans = plans.Where(p => states.Contains(p.State));
        var page = await plans.OrderByDescending(p => p.Sequence).Take(pageSize + 1).ToListAsync(cancellationToken);
        return page.Count > pageSize ? (page[..pageSize], page[pageSize - 1].Sequence) : (page, null);
    }
}
