using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace CollectionsPlatform.Api;

/// <summary>
/// Builds the rich errors services throw: a google.rpc.Status with an ErrorInfo (stable UPPER_SNAKE reason and
/// domain) plus BadRequest or PreconditionFailure details, carried in grpc-status-details-bin.
/// Messages are developer-facing and must not carry personal data.
/// </summary>
public static class RpcErrors
{
    /// <summary>INVALID_ARGUMENT with one BadRequest field violation per (field, description).</summary>
    public static RpcException InvalidArgument(string reason, string domain, params (string Field, string Description)[] violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var fields = string.Join(", ", violations.Select(v => v.Field));
        var message = fields.Length == 0 ? "The request is invalid." : $"The request is invalid: {fields}.";
        return Create(Code.InvalidArgument, message, reason, domain, null, badRequest);
    }

    /// <summary>NOT_FOUND for a resource name (resource names carry no personal data).</summary>
    public static RpcException NotFound(string reason, string domain, string resourceName) =>
        Create(Code.NotFound, $"Resource '{resourceName}' was not found.", reason, domain, new Dictionary<string, string> { ["resource"] = resourceName });

    /// <summary>ALREADY_EXISTS for a resource name.</summary>
    public static RpcException AlreadyExists(string reason, string domain, string resourceName) =>
        Create(Code.AlreadyExists, $"Resource '{resourceName}' already exists.", reason, domain, new Dictionary<string, string> { ["resource"] = resourceName });

    /// <summary>FAILED_PRECONDITION (a business rule) with one PreconditionFailure violation per (type, subject, description).</summary>
    public static RpcException FailedPrecondition(string reason, string domain, string message, params (string Type, string Subject, string Description)[] violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var failure = new PreconditionFailure();
        failure.Violations.AddRange(violations.Select(v => new PreconditionFailure.Types.Violation { Type = v.Type, Subject = v.Subject, Description = v.Description }));
        return Create(Code.FailedPrecondition, message, reason, domain, null, failure);
    }

    /// <summary>ABORTED, for example an etag that no longer matches.</summary>
    public static RpcException Aborted(string reason, string domain, string message) =>
        Create(Code.Aborted, message, reason, domain, null);

    /// <summary>Any status code with an ErrorInfo and further details.</summary>
    public static RpcException Create(Code code, string message, string reason, string domain, IDictionary<string, string>? metadata, params IMessage[] details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errorInfo = new ErrorInfo { Reason = reason, Domain = domain };
        if (metadata is not null)
        {
            errorInfo.Metadata.Add(metadata);
        }

        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(errorInfo));
        foreach (var detail in details)
        {
            status.Details.Add(Any.Pack(detail));
        }

        return status.ToRpcException();
    }
}
