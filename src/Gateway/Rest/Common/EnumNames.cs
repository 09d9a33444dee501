using System.Globalization;

namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>The JSON names of an enum's values other than UNSPECIFIED (0), computed once per enum type instead of on
/// every parse.</summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = [.. Enum.GetValues<TEnum>().Where(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) != 0)];

    private static readonly Dictionary<string, TEnum> ByName = Values
        .DistinctBy(EnumText.Name)
        .ToDictionary(EnumText.Name, v => v, StringComparer.Ordinal);

    /// <summary>The accepted names, comma separated, in declaration order.</summary>
    public static readonly string List = string.Join(", ", Values.Select(EnumText.Name));

    public static bool TryParse(string? text, out TEnum value)
    {
        if (text is not null && ByName.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
