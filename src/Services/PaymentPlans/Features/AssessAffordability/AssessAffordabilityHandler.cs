using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Cases;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Affordability;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Features.AssessAffordability;

/// <summary>Computes disposable income and the largest affordable instalment (policy share) for a case and stores
/// the assessment with its evidence references. Replays a retried request id; nothing is written on refusal.</summary>
public sealed class AssessAffordabilityHandler(
    PaymentPlansDbContext db, CaseDirectory cases, AssessmentReader reader, PlanRequestReplay requests, PlanPolicy policy, TimeProvider clock)
{
    public async Task<AssessmentRecord> HandleAsync(AssessAffordabilityCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await requests.ReplayAsync(command.Request, cancellationToken) is { } replayed
            && ResourceNames.TryParseChild(replayed, ResourceCollections.Assessments, out var caseId, out var id))
            return await reader.GetAsync(caseId, id, cancellationToken);
        var facts = await cases.GetAsync(command.CaseId, cancellationToken);
        if (command.MonthlyIncome.Currency != facts.Currency)
            throw new DomainException("CURRENCY_MISMATCH", "Amounts must be in the case currency.", "assessment.monthly_income.currency_code");
        var assessment = new AffordabilityAssessment(command.MonthlyIncome, command.FixedExpenses, command.OtherDebtService,
            policy.AffordableShare, command.Evidence);
        var now = clock.Now();
        var record = new AssessmentRecord
        {
            Id = Guid.CreateVersion7(),
            CaseId = command.CaseId,
            Currency = facts.Currency.Code,
            MonthlyIncome = assessment.MonthlyIncome.Amount,
            FixedExpenses = assessment.FixedExpenses.Amount,
            OtherDebtService = assessment.OtherDebtService.Amount,
            AffordableShareBps = (int)(assessment.AffordableShare * 10_000m),
            DisposableIncome = assessment.DisposableIncome.Amount,
            MaxInstalment = assessment.LargestAffordableInstalment.Amount,
            AssessorId = command.AssessorId,
            CreatedAt = now,
        };
        record.Evidence.AddRange(command.Evidence.Select((e, index) => new EvidenceRecord
        {
            AssessmentId = record.Id, Position = index, DocumentId = e.DocumentId, Type = (int)e.Type, DocumentDate = e.DocumentDate,
        }));
        db.Assessments.Add(record);
        requests.Remember(command.Request, ResourceNames.Child(record.CaseId, ResourceCollections.Assessments, record.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }
}
