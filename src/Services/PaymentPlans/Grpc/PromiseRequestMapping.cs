using CollectionsPlatform.Api;
using Collections.PaymentPlans.V1;
using CollectionsPlatform.PaymentPlans.Features.CreatePromiseToPay;
using CollectionsPlatform.PaymentPlans.Features.RecordPayment;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>Validates promise and payment requests, collecting every violation.</summary>
public static class PromiseRequestMapping
{
    public static CreatePromiseToPayCommand ToCommand(CreatePromiseToPayRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new Violations();
        if (!ResourceNames.TryParseCase(request.Parent, out var caseId))
            violations.Add("FIELD_INVALID", "The parent must be of the form cases/{case}.", "parent");
        var input = request.PromiseToPay ?? new PromiseToPay();
        var amount = violations.Money(input.Amount, "promise_to_pay.amount", required: true);
        var date = violations.Date(input.PromiseDate, "promise_to_pay.promise_date");
        if (date is null)
            violations.Add("FIELD_REQUIRED", "The promise date is required.", "promise_to_pay.promise_date");
        else if (date < today)
            violations.Add("PROMISE_DATE_IN_PAST", "A promise date may not be in the past.", "promise_to_pay.promise_date");
        if (input.GraceDays is < 0 or > 30)
            violations.Add("FIELD_INVALID", "Grace days are between 0 and 30.", "promise_to_pay.grace_days");
        string? agent = null;
        if (input.Agent.Length > 0)
        {
            if (input.Agent.StartsWith("agents/", StringComparison.Ordinal) && input.Agent.Length is > 7 and <= 71)
                agent = input.Agent[7..];
            else
                violations.Add("FIELD_INVALID", "The agent must be of the form agents/{agent}.", "promise_to_pay.agent");
        }

        if (input.ContactAttempt.Length > 160)
            violations.Add("FIELD_INVALID", "The contact attempt name has at most 160 characters.", "promise_to_pay.contact_attempt");
        var key = violations.RequestKey("CreatePromiseToPay", request, request.RequestId, r => r.RequestId = string.Empty);
        violations.ThrowIfAny();
        return new CreatePromiseToPayCommand(caseId, amount!.Value, date!.Value, input.GraceDays == 0 ? null : input.GraceDays, agent,
            input.ContactAttempt.Length == 0 ? null : input.ContactAttempt, key);
    }

    public static PostedPayment ToPayment(RecordPaymentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new Violations();
        if (!ResourceNames.TryParseCase(request.Parent, out var caseId))
            violations.Add("FIELD_INVALID", "The parent must be of the form cases/{case}.", "parent");
        if (string.IsNullOrWhiteSpace(request.PaymentId) || request.PaymentId.Length > 64)
            violations.Add("FIELD_REQUIRED", "The payment id is required (at most 64 characters).", "payment_id");
        var amount = violations.Money(request.Amount, "amount", required: true);
        var valueDate = violations.Date(request.ValueDate, "value_date");
        if (valueDate is null)
            violations.Add("FIELD_REQUIRED", "The value date is required.", "value_date");
        violations.ThrowIfAny();
        return new PostedPayment(request.PaymentId, caseId, amount!.Value, valueDate!.Value);
    }
}
