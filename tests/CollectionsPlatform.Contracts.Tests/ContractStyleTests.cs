using Google.Protobuf.Reflection;

namespace CollectionsPlatform.Contracts.Tests;

public sealed class ContractStyleTests
{
    private static readonly string[] ExpectedServices =
    [
        "collections.cases.v1.CaseService",
        "collections.contacts.v1.ContactService",
        "collections.paymentplans.v1.PaymentPlanService",
        "collections.consent.v1.ConsentService",
        "collections.complaints.v1.ComplaintService",
    ];

    [Fact]
    public void The_v1_contracts_follow_the_style_guide()
    {
        var violations = new ProtoStyleLinter(ContractDescriptors.FromProtoc()).Lint();

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Every_contract_file_is_compiled_into_the_contracts_assembly()
    {
        var parsed = ContractDescriptors.FromProtoc().Select(file => file.Name).Order().ToList();
        var compiled = ContractDescriptors.Compiled()
            .Where(file => file.Package.StartsWith("collections.", StringComparison.Ordinal))
            .Select(file => file.Name).Order().ToList();

        parsed.ShouldNotBeEmpty();
        compiled.ShouldBe(parsed);
    }

    [Fact]
    public void The_five_services_exist_with_their_csharp_namespaces()
    {
        var services = ContractDescriptors.Compiled().SelectMany(file => file.Services).ToList();

        foreach (var expected in ExpectedServices)
        {
            var service = services.SingleOrDefault(s => s.FullName == expected);
            service.ShouldNotBeNull(expected);
            ProtoNames.NamespaceMatchesPackage(service.File.GetOptions().CsharpNamespace, service.File.Package).ShouldBeTrue(expected);
        }
    }

    [Fact]
    public void Money_and_dates_bind_to_the_compiled_google_common_types()
    {
        var caseMessage = Collections.Cases.V1.Case.Descriptor;

        caseMessage.FindFieldByName("total_paid").MessageType.ShouldBeSameAs(Google.Type.Money.Descriptor);
        caseMessage.FindFieldByName("as_of_date").MessageType.ShouldBeSameAs(Google.Type.Date.Descriptor);
    }

    [Fact]
    public void Cases_has_client_and_server_streaming_methods()
    {
        var methods = Collections.Cases.V1.CaseService.Descriptor.Methods;

        methods.Single(m => m.Name == "ImportDelinquencies").IsClientStreaming.ShouldBeTrue();
        methods.Single(m => m.Name == "WatchCase").IsServerStreaming.ShouldBeTrue();
    }

    [Fact]
    public void No_field_for_protected_traits_exists_R10()
    {
        string[] forbidden = ["gender", "sex", "age", "birth", "occupation", "marital", "spouse"];
        var fields = ContractDescriptors.Compiled()
            .Where(file => file.Package.StartsWith("collections.", StringComparison.Ordinal))
            .SelectMany(file => file.MessageTypes.SelectMany(AllFields))
            .Select(field => field.FullName)
            .ToList();

        fields.ShouldNotBeEmpty();
        fields.Where(name => forbidden.Any(word => name.Split('.')[^1].Split('_').Contains(word))).ShouldBeEmpty();
    }

    private static IEnumerable<FieldDescriptor> AllFields(MessageDescriptor message) =>
        message.Fields.InDeclarationOrder().Concat(message.NestedTypes.SelectMany(AllFields));
}
