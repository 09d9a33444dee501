namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>Resource names of the v1 contract: <c>cases/{case}</c> and the case's <c>paymentPlans</c>,
/// <c>promisesToPay</c> and <c>affordabilityAssessments</c>.</summary>
public static class ResourceNames
{
    public const string PaymentPlans = "paymentPlans";
    public const string PromisesToPay = "promisesToPay";
    public const string Assessments = "affordabilityAssessments";

    public static string Case(Guid id) => $"cases/{id:D}";

    public static string Child(Guid caseId, string collection, Guid id) => $"cases/{caseId:D}/{collection}/{id:D}";

    public static bool TryParseCase(string? name, out Guid id)
    {
        id = Guid.Empty;
        return name is not null && name.StartsWith("cases/", StringComparison.Ordinal) && Guid.TryParseExact(name[6..], "D", out id);
    }

    /// <summary>Parses <c>cases/{case}/{collection}/{id}</c>.</summary>
    public static bool TryParseChild(string? name, string collection, out Guid caseId, out Guid id)
    {
        caseId = Guid.Empty;
        id = Guid.Empty;
        var parts = name?.Split('/');
        return parts is { Length: 4 } && parts[0] == "cases" && parts[2] == collection
            && Guid.TryParseExact(parts[1], "D", out caseId) && Guid.TryParseExact(parts[3], "D", out id);
    }

}
