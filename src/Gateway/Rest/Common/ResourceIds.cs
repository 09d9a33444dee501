namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>The ids in REST paths are the last segment of the gRPC resource names (<c>cases/{caseId}</c>).</summary>
internal static class ResourceIds
{
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>The last segment of a resource name; empty for an empty name.</summary>
    public static string Last(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var slash = name.LastIndexOf('/');
        return slash < 0 ? name : name[(slash + 1)..];
    }

    /// <summary>The {case} of <c>cases/{case}/…</c>; empty for another name.</summary>
    public static string CaseIdOf(string name)
    {
        var parts = name.Split('/');
        return parts.Length > 1 && parts[0] == "cases" ? parts[1] : string.Empty;
    }

    public static string Case(string caseId) => $"cases/{caseId}";

    public static string Agent(string agentId) => $"agents/{agentId}";

    public static string PaymentPlan(string caseId, string planId) => $"cases/{caseId}/paymentPlans/{planId}";

    public static string AffordabilityAssessment(string caseId, string assessmentId) => $"cases/{caseId}/affordabilityAssessments/{assessmentId}";
}
