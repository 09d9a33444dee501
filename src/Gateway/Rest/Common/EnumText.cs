using System.Text.Json;

namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>
/// Enum values in JSON are the proto value names without their type prefix, upper snake case: CASE_STATE_PLAN_ACTIVE
/// is "PLAN_ACTIVE", DELINQUENCY_BUCKET_M2 is "M2". The same rule the JSON converter applies to responses.
/// </summary>
internal static class EnumText
{
    public static JsonNamingPolicy Policy => JsonNamingPolicy.SnakeCaseUpper;

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Policy.ConvertName(value.ToString());

    /// <summary>Parses a name; the UNSPECIFIED value (0) is never accepted.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.TryParse(text, out value);

    /// <summary>The accepted names of an enum, for error messages and API descriptions.</summary>
    public static string Names<TEnum>()
        where TEnum : struct, Enum => EnumNames<TEnum>.List;
}
