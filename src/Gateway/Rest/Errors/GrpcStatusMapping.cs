using Grpc.Core;

namespace CollectionsPlatform.Gateway.Rest.Errors;

/// <summary>
/// gRPC status → HTTP status of the REST API. FAILED_PRECONDITION is 409: the resource's current state forbids the
/// call (plan already accepted or expired, case on hold or closed); the reason says which. ABORTED is 412 for a stale
/// etag (ETAG_MISMATCH), else 409. A backend failure (INTERNAL, UNKNOWN, DATA_LOSS) is 502: the gateway itself did not fail.
/// </summary>
internal static class GrpcStatusMapping
{
    public const string EtagMismatch = "ETAG_MISMATCH";

    public static int ToHttpStatus(StatusCode code, string? reason) => code switch
    {
        StatusCode.InvalidArgument or StatusCode.OutOfRange => StatusCodes.Status400BadRequest,
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.AlreadyExists or StatusCode.FailedPrecondition => StatusCodes.Status409Conflict,
        StatusCode.Aborted => reason == EtagMismatch ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.Cancelled => StatusCodes.Status499ClientClosedRequest,
        StatusCode.Unimplemented => StatusCodes.Status501NotImplemented,
        StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        StatusCode.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status502BadGateway,
    };

    /// <summary>Whether the service's status message may reach the client: the contract keeps messages of client
    /// errors developer-facing and free of personal data; other messages may hold internals and are replaced.</summary>
    public static bool ForwardsMessage(StatusCode code) => code is StatusCode.InvalidArgument or StatusCode.OutOfRange
        or StatusCode.NotFound or StatusCode.AlreadyExists or StatusCode.FailedPrecondition or StatusCode.Aborted
        or StatusCode.PermissionDenied or StatusCode.Unauthenticated or StatusCode.ResourceExhausted;

    public static string Title(int httpStatus) => httpStatus switch
    {
        StatusCodes.Status400BadRequest => "The request is invalid.",
        StatusCodes.Status401Unauthorized => "Authentication is required.",
        StatusCodes.Status403Forbidden => "The caller may not do this.",
        StatusCodes.Status404NotFound => "The resource was not found.",
        StatusCodes.Status409Conflict => "The request conflicts with the resource's current state.",
        StatusCodes.Status412PreconditionFailed => "The resource changed since it was read (etag mismatch).",
        StatusCodes.Status429TooManyRequests => "Too many requests.",
        StatusCodes.Status499ClientClosedRequest => "The request was cancelled.",
        StatusCodes.Status501NotImplemented => "The backing service does not offer this operation yet.",
        StatusCodes.Status503ServiceUnavailable => "A backing service is unavailable; retry later.",
        StatusCodes.Status504GatewayTimeout => "A backing service did not answer in time.",
        _ => "A backing service failed.",
    };
}
