using CollectionsPlatform.Domain;
using Grpc.Core;
using CollectionsPlatform.Api;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>Domain refusals → gRPC status with the contract's ErrorInfo reasons (domain collections.paymentplans.v1,
/// listed at the top of payment_plan_service.proto). Messages carry no personal data and no amounts.</summary>
public static class PaymentPlanErrors
{
    public const string Domain = "collections.paymentplans.v1";

    private static readonly Dictionary<string, string> ContractReasons = new(StringComparer.Ordinal)
    {
        ["TERM_EXCEEDS_MAXIMUM"] = "PLAN_TERM_TOO_LONG",
        ["TERM_NOT_POSITIVE"] = "INVALID_PLAN_TERMS",
        ["INTEREST_RATE_OUT_OF_RANGE"] = "INVALID_PLAN_TERMS",
        ["STEP_UP_SHARE_OUT_OF_RANGE"] = "INVALID_PLAN_TERMS",
        ["STEP_UP_TERM_TOO_SHORT"] = "INVALID_PLAN_TERMS",
        ["DEFERRAL_NOT_POSITIVE"] = "INVALID_PLAN_TERMS",
        ["DISCOUNT_OUT_OF_RANGE"] = "INVALID_PLAN_TERMS",
        ["INSTALMENT_BELOW_MINOR_UNIT"] = "INVALID_PLAN_TERMS",
        ["PLAN_TYPE_REQUIRED"] = "INVALID_PLAN_TERMS",
        ["AMOUNT_NEGATIVE"] = "AMOUNT_NOT_POSITIVE",
        ["PLAN_OFFER_EXPIRED"] = "PLAN_EXPIRED",
        ["SUPERVISOR_APPROVAL_REQUIRED"] = "APPROVAL_REQUIRED",
        ["PLAN_STATE_INVALID"] = "INVALID_STATE_TRANSITION",
        ["PLAN_NOT_RENEGOTIABLE"] = "INVALID_STATE_TRANSITION",
        ["PLAN_NOT_CANCELLABLE"] = "INVALID_STATE_TRANSITION",
        ["PLAN_NOT_ACTIVE"] = "INVALID_STATE_TRANSITION",
        ["PROMISE_NOT_PENDING"] = "INVALID_STATE_TRANSITION",
    };

    private static readonly HashSet<string> Preconditions = new(StringComparer.Ordinal)
    {
        "PLAN_EXPIRED", "PLAN_ALREADY_ACCEPTED", "PLAN_NOT_ACCEPTABLE", "APPROVAL_REQUIRED", "PLAN_NOT_PENDING_APPROVAL",
        "ACTIVE_PLAN_EXISTS", "CASE_ON_HOLD", "CASE_CLOSED", "INVALID_STATE_TRANSITION",
    };

    public static string ContractReason(string domainReason) => ContractReasons.GetValueOrDefault(domainReason, domainReason);

    public static RpcException ToRpc(DomainException error, string resourceName = "")
    {
        ArgumentNullException.ThrowIfNull(error);
        var reason = ContractReason(error.Reason);
        if (Preconditions.Contains(reason))
            return RpcErrors.FailedPrecondition(reason, Domain, error.Message, ("STATE", resourceName, error.Message));
        return reason switch
        {
            "CASE_NOT_FOUND" or "PLAN_NOT_FOUND" or "PROMISE_NOT_FOUND" or "ASSESSMENT_NOT_FOUND" =>
                RpcErrors.NotFound(reason, Domain, resourceName.Length > 0 ? resourceName : error.Field ?? "resource"),
            "REQUEST_ID_REUSED" or "PAYMENT_ID_REUSED" => RpcErrors.AlreadyExists(reason, Domain, error.Field ?? "request_id"),
            "ETAG_MISMATCH" => RpcErrors.Aborted(reason, Domain, error.Message),
            _ => RpcErrors.InvalidArgument(reason, Domain, (error.Field ?? "request", error.Message)),
        };
    }

    /// <summary>INVALID_ARGUMENT carrying every violation found; the ErrorInfo reason is the first one's.</summary>
    public static RpcException Invalid(IReadOnlyList<DomainException> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return RpcErrors.InvalidArgument(ContractReason(violations[0].Reason), Domain,
            [.. violations.Select(v => (v.Field ?? "request", v.Message))]);
    }

    public static RpcException InvalidName(string field, string shape) =>
        Invalid([new DomainException("FIELD_INVALID", $"The {field} must be of the form {shape}.", field)]);
}
