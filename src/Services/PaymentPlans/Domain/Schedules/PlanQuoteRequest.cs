using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>What a debtor or collector asks to compare: the balance, rate, term and first due date, the
/// deferral interest treatment, the settlement discount asked for, and the affordable instalment if
/// one was assessed.</summary>
public sealed record PlanQuoteRequest(
    ScheduleTerms Terms,
    DeferralInterest DeferralInterest = DeferralInterest.Accrue,
    decimal SettlementDiscountRate = 0m,
    Money? AffordableInstalment = null);
