using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>Step-up: a first payment, then instalments rising by a step every stepEveryMonths (0: every month).</summary>
public sealed record StepUpOptions(Money? FirstPayment, Money? Step, int? StepEveryMonths);
