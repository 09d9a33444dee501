using System.Text;
using System.Text.RegularExpressions;

namespace CollectionsPlatform.Contracts.Tests;

/// <summary>Naming conventions of the style guide (architecture.md §3).</summary>
public static partial class ProtoNames
{
    /// <summary>`PlanState` → `PLAN_STATE`: the prefix every value of that enum carries.</summary>
    public static string UpperSnake(string pascal)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1])))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Whether a field name is lower_snake_case.</summary>
    public static bool IsLowerSnake(string name) => LowerSnake().IsMatch(name);

    /// <summary>Whether a namespace spells the package, ignoring case and separators.</summary>
    public static bool NamespaceMatchesPackage(string csharpNamespace, string package) =>
        string.Equals(csharpNamespace.Replace(".", "", StringComparison.Ordinal),
            package.Replace(".", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal),
            StringComparison.OrdinalIgnoreCase)
        && csharpNamespace.Count(c => c == '.') == package.Count(c => c == '.');

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex LowerSnake();
}
