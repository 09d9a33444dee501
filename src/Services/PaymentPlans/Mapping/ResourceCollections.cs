namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>The case's child collections this service owns: <c>cases/{case}/paymentPlans/{plan}</c>,
/// <c>…/promisesToPay/{promise}</c> and <c>…/affordabilityAssessments/{assessment}</c>.</summary>
public static class ResourceCollections
{
    public const string PaymentPlans = "paymentPlans";
    public const string PromisesToPay = "promisesToPay";
    public const string Assessments = "affordabilityAssessments";
}
