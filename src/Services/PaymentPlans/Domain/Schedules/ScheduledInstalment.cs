using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>One instalment of a schedule: amount = principal + interest; balance after paying it.</summary>
public sealed record ScheduledInstalment(int Number, DateOnly DueDate, Money Amount, Money Principal, Money Interest, Money BalanceAfter);
