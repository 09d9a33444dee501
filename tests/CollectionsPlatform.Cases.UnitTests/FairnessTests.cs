using System.Reflection;
using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.UnitTests;

/// <summary>R10: nothing in the Cases service can hold or read gender, age, occupation or marital status.</summary>
public sealed class FairnessTests
{
    private static readonly string[] ProtectedTraits = ["gender", "sex", "age", "birth", "occupation", "job", "marital", "spouse"];

    [Fact]
    public void No_type_member_or_parameter_is_named_after_a_protected_trait()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var names = new List<string>();
        foreach (var type in typeof(CollectionCase).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("CollectionsPlatform.Cases", StringComparison.Ordinal) == true))
        {
            names.Add(type.Name);
            names.AddRange(type.GetProperties(all).Select(p => p.Name));
            names.AddRange(type.GetFields(all).Select(f => f.Name));
            names.AddRange(type.GetMethods(all).SelectMany(m => m.GetParameters()).Select(p => p.Name ?? string.Empty));
        }

        names.Count.ShouldBeGreaterThan(100);
        var offending = names.Where(n => ProtectedTraits.Any(t => Words(n).Contains(t))).Distinct().ToList();
        offending.ShouldBeEmpty();
    }

    private static string[] Words(string name) =>
        System.Text.RegularExpressions.Regex.Split(name.Trim('<', '>', '_'), "(?<=[a-z])(?=[A-Z])|_|<|>")
            .Select(w => w.ToLowerInvariant()).ToArray();
}
