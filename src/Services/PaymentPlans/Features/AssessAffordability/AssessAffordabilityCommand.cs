using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Affordability;
using CollectionsPlatform.PaymentPlans.Features.Shared;

namespace CollectionsPlatform.PaymentPlans.Features.AssessAffordability;

/// <summary>Record what a debtor earns and owes each month, with evidence references; the assessor is a staff id.</summary>
public sealed record AssessAffordabilityCommand(
    Guid CaseId, Money MonthlyIncome, Money FixedExpenses, Money OtherDebtService, IReadOnlyList<EvidenceReference> Evidence,
    string? AssessorId, RequestKey Request);
