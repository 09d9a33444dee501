using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Features.PostPayment;
using CollectionsPlatform.Cases.Mapping;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>Validates a PostPaymentRequest, collecting every violation: the parent case, the payment id, a positive
/// amount in a supported currency, a value date and a channel.</summary>
public static class PostPaymentRequestMapping
{
    public static PostPaymentCommand ToCommand(PostPaymentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<DomainException>();
        if (!ResourceNames.TryParseCase(request.Parent, out var caseId))
            violations.Add(new DomainException("FIELD_INVALID", "The parent must be cases/{case}.", "parent"));
        if (request.PaymentId.Length is 0 or > 64 || request.PaymentId.Contains('/', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(request.PaymentId))
            violations.Add(new DomainException("FIELD_REQUIRED", "The payment id is required (at most 64 characters, no '/').", "payment_id"));
        Money? amount = null;
        try
        {
            amount = MoneyMapping.ToDomain(request.Amount, "amount");
            if (!amount.Value.IsPositive)
                violations.Add(new DomainException("AMOUNT_NOT_POSITIVE", "A payment must be greater than zero.", "amount"));
        }
        catch (DomainException error)
        {
            violations.Add(error);
        }

        if (!DateMapping.TryToDomain(request.ValueDate, out var valueDate))
            violations.Add(new DomainException("FIELD_REQUIRED", "The value date is required and must be a full date.", "value_date"));
        if (request.Channel == PaymentChannel.Unspecified || !Enum.IsDefined(request.Channel))
            violations.Add(new DomainException("FIELD_REQUIRED", "The payment channel is required.", "channel"));
        if (violations.Count > 0)
            throw CaseErrors.Invalid(violations);
        return new PostPaymentCommand(caseId, request.PaymentId, amount!.Value, valueDate, (int)request.Channel);
    }
}
