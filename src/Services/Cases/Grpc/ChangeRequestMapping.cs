using Collections.Cases.V1;
using CollectionsPlatform.Api;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Features.AssignCase;
using CollectionsPlatform.Cases.Features.CloseCase;
using CollectionsPlatform.Cases.Mapping;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>Validates AssignCase and CloseCase requests, collecting every violation. The request fingerprint is the
/// method plus the request content without etag and request id, so a retry with a fresh etag still replays.</summary>
public static class ChangeRequestMapping
{
    public static AssignCaseCommand ToCommand(AssignCaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<DomainException>();
        var caseId = CaseName(request.Name, violations);
        if (string.IsNullOrWhiteSpace(request.Queue) || request.Queue.Length > 64)
            violations.Add(new DomainException("FIELD_REQUIRED", "The queue is required (at most 64 characters).", "queue"));
        var agent = ResourceNames.IdIn("agents", request.Agent);
        if (request.Agent.Length > 0 && agent is null)
            violations.Add(new DomainException("FIELD_INVALID", "The agent must be agents/{agent}.", "agent"));
        RequestId(request.RequestId, violations);
        if (violations.Count > 0)
            throw CaseErrors.Invalid(violations);
        var content = new AssignCaseRequest { Name = request.Name, Queue = request.Queue, Agent = request.Agent };
        return new AssignCaseCommand(caseId, new CaseAssignment(request.Queue, agent), Optional(request.Etag), Optional(request.RequestId),
            RequestKey.For("AssignCase", request.RequestId, content).Fingerprint);
    }

    public static CloseCaseCommand ToCommand(CloseCaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<DomainException>();
        var caseId = CaseName(request.Name, violations);
        var reason = (CaseCloseReason)(int)request.Reason;
        if (!Enum.IsDefined(reason))
            violations.Add(new DomainException("FIELD_REQUIRED", "The close reason is required.", "reason"));
        RequestId(request.RequestId, violations);
        if (violations.Count > 0)
            throw CaseErrors.Invalid(violations);
        var content = new CloseCaseRequest { Name = request.Name, Reason = request.Reason };
        return new CloseCaseCommand(caseId, reason, Optional(request.Etag), Optional(request.RequestId), RequestKey.For("CloseCase", request.RequestId, content).Fingerprint);
    }

    private static Guid CaseName(string name, List<DomainException> violations)
    {
        if (ResourceNames.TryParseCase(name, out var id))
            return id;
        violations.Add(new DomainException("FIELD_INVALID", "The name must be cases/{case}.", "name"));
        return Guid.Empty;
    }

    private static void RequestId(string requestId, List<DomainException> violations)
    {
        if (requestId.Length > 128)
            violations.Add(new DomainException("FIELD_INVALID", "The request id has at most 128 characters.", "request_id"));
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;
}
