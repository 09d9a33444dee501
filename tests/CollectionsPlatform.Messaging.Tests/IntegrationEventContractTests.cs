using System.Reflection;
using System.Runtime.CompilerServices;
using CollectionsPlatform.Contracts.IntegrationEvents;

namespace CollectionsPlatform.Messaging.Tests;

public sealed class IntegrationEventContractTests
{
    private static readonly string[] Expected =
    [
        "CaseOpened", "CaseBucketChanged", "CaseStateChanged", "PaymentPosted", "CaseClosed", "HoldPlaced",
        "HoldLifted", "PlanProposed", "PlanActivated", "PlanConfirmationIssued", "InstalmentPaid",
        "InstalmentMissed", "PlanBroken", "PlanCompleted", "PromiseKept", "PromiseBroken", "ConsentWithdrawn",
        "ConsentGranted", "CeaseCommunicationRequested", "ComplaintFiled", "ComplaintResolved",
        "ContactAttemptRecorded",
    ];

    private static readonly Type[] AllowedTypes =
    [
        typeof(Guid), typeof(Guid?), typeof(string), typeof(decimal), typeof(int), typeof(bool),
        typeof(DateTimeOffset), typeof(DateOnly),
    ];

    private static readonly string[] PersonalDataWords =
        ["Name", "Phone", "Email", "Address", "Birth", "Gender", "Age", "Occupation", "Marital", "Income", "Note", "Text"];

    private static readonly Type[] Events = [.. typeof(IIntegrationEvent).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))];

    public static TheoryData<string> EventNames => [.. Events.Select(t => t.Name)];

    [Fact]
    public void Every_event_the_platform_needs_exists_in_the_contracts_namespace()
    {
        Events.Select(t => t.Name).Order().ShouldBe(Expected.Order());
        Events.ShouldAllBe(t => t.Namespace == "CollectionsPlatform.Contracts.IntegrationEvents");
    }

    [Theory]
    [MemberData(nameof(EventNames))]
    public void An_event_is_a_sealed_past_tense_record_of_required_ids_and_financial_facts(string name)
    {
        var type = Events.Single(t => t.Name == name);
        type.IsSealed.ShouldBeTrue();
        type.GetMethod("<Clone>$").ShouldNotBeNull($"{name} is a record");
        name.ShouldMatch("(ed|Kept|Broken|Paid|Withdrawn)$");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
        {
            property.GetCustomAttribute<RequiredMemberAttribute>().ShouldNotBeNull($"{name}.{property.Name} is required");
            property.SetMethod.ShouldNotBeNull();
            property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().ShouldContain(typeof(IsExternalInit), $"{name}.{property.Name} is init-only");
            AllowedTypes.ShouldContain(property.PropertyType, $"{name}.{property.Name}");
            Words(property.Name).ShouldNotContain(w => PersonalDataWords.Contains(w), $"{name}.{property.Name}");
        }

        type.GetProperty(nameof(IIntegrationEvent.OccurredAt))!.PropertyType.ShouldBe(typeof(DateTimeOffset));
    }

    private static string[] Words(string pascalCase) =>
        [.. System.Text.RegularExpressions.Regex.Matches(pascalCase, "[A-Z][a-z0-9]*").Select(m => m.Value)];

    [Fact]
    public void Money_travels_as_a_decimal_amount_beside_a_currency()
    {
        foreach (var type in Events.Where(t => t.GetProperties().Any(p => p.PropertyType == typeof(decimal))))
        {
            type.GetProperty("Currency").ShouldNotBeNull($"{type.Name} carries amounts, so it carries the currency")
                .PropertyType.ShouldBe(typeof(string));
        }
    }
}
