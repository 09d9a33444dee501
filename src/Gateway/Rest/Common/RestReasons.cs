namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>Stable reasons of the problems the gateway itself returns (domain <see cref="Domain"/>); problems mapped
/// from a service carry the service's own ErrorInfo reason and domain.</summary>
internal static class RestReasons
{
    public const string Domain = "collections.gateway.v1";
    public const string FieldRequired = "FIELD_REQUIRED";
    public const string InvalidResourceId = "INVALID_RESOURCE_ID";
    public const string UnknownCurrency = "UNKNOWN_CURRENCY";
    public const string AmountInvalid = "AMOUNT_INVALID";
    public const string AmountNotPositive = "AMOUNT_NOT_POSITIVE";
    public const string DateInvalid = "DATE_INVALID";
    public const string RequestIdInvalid = "REQUEST_ID_INVALID";
    public const string PlanTermTooLong = "PLAN_TERM_TOO_LONG";
    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";
    public const string InvalidEnumValue = "INVALID_ENUM_VALUE";
    public const string RequestMalformed = "REQUEST_MALFORMED";
    public const string BackendError = "BACKEND_ERROR";
    public const string GatewayError = "GATEWAY_ERROR";
}
