using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Data;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Features.AssessAffordability;

/// <summary>Reads stored assessments: the whole record, or just the largest affordable instalment.</summary>
public sealed class AssessmentReader(PaymentPlansDbContext db)
{
    public async Task<AssessmentRecord> GetAsync(Guid caseId, Guid assessmentId, CancellationToken cancellationToken) =>
        await db.Assessments.AsNoTracking().Include(a => a.Evidence)
            .SingleOrDefaultAsync(a => a.Id == assessmentId && a.CaseId == caseId, cancellationToken)
        ?? throw new DomainException("ASSESSMENT_NOT_FOUND", "The affordability assessment does not exist.", "affordability_assessment");

    public async Task<Money> AffordableInstalmentAsync(Guid caseId, Guid assessmentId, Currency caseCurrency, CancellationToken cancellationToken)
    {
        var found = await db.Assessments.AsNoTracking()
            .Where(a => a.Id == assessmentId && a.CaseId == caseId)
            .Select(a => new { a.Currency, a.MaxInstalment })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("ASSESSMENT_NOT_FOUND", "The affordability assessment does not exist.", "affordability_assessment");
        if (found.Currency != caseCurrency.Code)
            throw new DomainException("CURRENCY_MISMATCH", "The assessment is in another currency than the case.", "affordability_assessment");
        return new Money(found.MaxInstalment, caseCurrency);
    }
}
