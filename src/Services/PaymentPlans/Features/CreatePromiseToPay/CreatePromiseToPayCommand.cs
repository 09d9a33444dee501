using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Features.Shared;

namespace CollectionsPlatform.PaymentPlans.Features.CreatePromiseToPay;

/// <summary>A promise to pay an amount by a date; grace days default to the policy's (3).</summary>
public sealed record CreatePromiseToPayCommand(
    Guid CaseId, Money Amount, DateOnly PromisedDate, int? GraceDays, string? AgentId, string? ContactAttempt, RequestKey Request);
