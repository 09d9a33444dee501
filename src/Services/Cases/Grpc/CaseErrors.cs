using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain;
using Grpc.Core;
using CollectionsPlatform.Api;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>Domain refusals → gRPC status with the contract's ErrorInfo reasons (domain collections.cases.v1).</summary>
public static class CaseErrors
{
    public const string Domain = "collections.cases.v1";

    private static readonly Dictionary<string, string> ContractReasons = new(StringComparer.Ordinal)
    {
        ["CURRENCY_UNSUPPORTED"] = "UNKNOWN_CURRENCY",
        ["CASE_STATE_TRANSITION_INVALID"] = "INVALID_STATE_TRANSITION",
        ["CASE_FINISHED"] = "CASE_CLOSED",
    };

    public static string ContractReason(string domainReason) => ContractReasons.GetValueOrDefault(domainReason, domainReason);

    public static RpcException ToRpc(DomainException error, string resourceName = "")
    {
        ArgumentNullException.ThrowIfNull(error);
        var reason = ContractReason(error.Reason);
        return reason switch
        {
            "CASE_NOT_FOUND" => RpcErrors.NotFound(reason, Domain, resourceName),
            "ETAG_MISMATCH" => RpcErrors.Aborted(reason, Domain, error.Message),
            "CASE_ALREADY_EXISTS" or "REQUEST_ID_REUSED" or "PAYMENT_ID_REUSED" => RpcErrors.AlreadyExists(reason, Domain, resourceName.Length > 0 ? resourceName : error.Field ?? "cases"),
            "CASE_CLOSED" or "CASE_ON_HOLD" or "INVALID_STATE_TRANSITION" => RpcErrors.FailedPrecondition(reason, Domain, error.Message, ("STATE", resourceName, error.Message)),
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
}
