namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>Who accepted a plan (a debtors/… resource name), where and when.</summary>
public sealed record PlanAcceptance(string AcceptedBy, string Channel, DateTimeOffset? AcceptTime);
