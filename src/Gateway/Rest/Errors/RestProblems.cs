using System.Text;
using CollectionsPlatform.Gateway.Correlation;
using CollectionsPlatform.Gateway.Rest.Common;
using Grpc.Core;
using Google.Rpc;
using Microsoft.AspNetCore.Http.HttpResults;
using BadRequest = Google.Rpc.BadRequest;
using Microsoft.AspNetCore.Mvc;

namespace CollectionsPlatform.Gateway.Rest.Errors;

/// <summary>
/// application/problem+json bodies (RFC 9457) with the extensions <c>reason</c> (stable UPPER_SNAKE), <c>domain</c>
/// (who decided), <c>correlationId</c>, <c>errors</c> (field → messages, for 400) and <c>violations</c> (for 409 from a
/// precondition failure). No request values are echoed, so no personal data reaches an error body.
/// </summary>
internal static class RestProblems
{
    public static ProblemHttpResult Validation(HttpContext context, RequestValidation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var problem = new HttpValidationProblemDetails(validation.Errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = GrpcStatusMapping.Title(StatusCodes.Status400BadRequest),
        };
        return Complete(context, problem, validation.Reason ?? RestReasons.RequestMalformed, RestReasons.Domain);
    }

    public static ProblemHttpResult Malformed(HttpContext context, string detail)
    {
        var problem = new HttpValidationProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = GrpcStatusMapping.Title(StatusCodes.Status400BadRequest),
            Detail = detail,
        };
        return Complete(context, problem, RestReasons.RequestMalformed, RestReasons.Domain);
    }

    public static ProblemHttpResult GatewayFailure(HttpContext context) => Complete(context, new ProblemDetails
    {
        Status = StatusCodes.Status500InternalServerError,
        Title = "The gateway failed to handle the request.",
    }, RestReasons.GatewayError, RestReasons.Domain);

    public static ProblemHttpResult FromRpc(HttpContext context, RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var errorInfo = exception.GetRpcStatus()?.GetDetail<ErrorInfo>();
        var reason = errorInfo?.Reason is { Length: > 0 } r ? r : RestReasons.BackendError;
        var domain = errorInfo?.Domain is { Length: > 0 } d ? d : RestReasons.Domain;
        var httpStatus = GrpcStatusMapping.ToHttpStatus(exception.StatusCode, reason);
        ProblemDetails problem = httpStatus == StatusCodes.Status400BadRequest
            ? new HttpValidationProblemDetails(FieldErrors(exception.GetRpcStatus()?.GetDetail<BadRequest>()))
            : new ProblemDetails();
        problem.Status = httpStatus;
        problem.Title = GrpcStatusMapping.Title(httpStatus);
        problem.Detail = GrpcStatusMapping.ForwardsMessage(exception.StatusCode) ? exception.Status.Detail : null;
        problem.Extensions["grpcStatus"] = exception.StatusCode.ToString();
        if (exception.GetRpcStatus()?.GetDetail<PreconditionFailure>() is { } failure)
        {
            problem.Extensions["violations"] = failure.Violations
                .Select(v => new Dictionary<string, string> { ["type"] = v.Type, ["subject"] = v.Subject, ["description"] = v.Description })
                .ToArray();
        }

        return Complete(context, problem, reason, domain);
    }

    /// <summary>gRPC field paths in the gRPC request's terms, camel-cased: <c>promise_to_pay.amount</c> → <c>promiseToPay.amount</c>.</summary>
    public static string CamelCasePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder(path.Length);
        var upper = false;
        foreach (var c in path)
        {
            if (c == '_')
            {
                upper = builder.Length > 0;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    private static Dictionary<string, string[]> FieldErrors(BadRequest? badRequest) =>
        badRequest is null
            ? []
            : badRequest.FieldViolations
                .GroupBy(v => CamelCasePath(v.Field), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(v => v.Description).ToArray(), StringComparer.Ordinal);

    private static ProblemHttpResult Complete(HttpContext context, ProblemDetails problem, string reason, string domain)
    {
        problem.Instance = context.Request.Path;
        problem.Extensions["reason"] = reason;
        problem.Extensions["domain"] = domain;
        var correlationId = context.Request.Headers[CorrelationIdMiddleware.HeaderName].ToString();
        if (correlationId.Length > 0)
        {
            problem.Extensions["correlationId"] = correlationId;
        }

        return TypedResults.Problem(problem);
    }
}
