using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Data;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Features.Plans;

/// <summary>Saves a plan change; a concurrent change of the same plan (version token) is refused with ETAG_MISMATCH.</summary>
public static class PlanChange
{
    public static async Task SaveAsync(this PaymentPlansDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("ETAG_MISMATCH", "The resource changed concurrently; read it again.", "etag");
        }
    }
}
