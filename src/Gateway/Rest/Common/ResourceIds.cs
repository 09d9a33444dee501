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

    public static string Case(string caseId) => $"cases/{caseId}";

    public static string PaymentPlan(string caseId, string planId) => $"cases/{caseId}/paymentPlans/{planId}";

    public static string AffordabilityAssessment(string caseId, string assessmentId) => $"cases/{caseId}/affordabilityAssessments/{assessmentId}";
}
