using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Features.PostPayment;

/// <summary>Post core banking's payment <see cref="PaymentId"/> to a case; <see cref="Channel"/> is the contract's
/// payment channel number.</summary>
public sealed record PostPaymentCommand(Guid CaseId, string PaymentId, Money Amount, DateOnly ValueDate, int Channel);
