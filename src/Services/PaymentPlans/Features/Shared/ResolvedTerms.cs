using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Features.Shared;

/// <summary>Terms resolved against a case: what the schedule maths runs on.</summary>
public sealed record ResolvedTerms(ScheduleTerms Terms, ScheduleOptions Options);
