using Google.Protobuf.Reflection;
using FieldType = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Type;

namespace CollectionsPlatform.Contracts.Tests;

public sealed class ProtoStyleLinterTests
{
    [Fact]
    public void A_compliant_contract_has_no_violations()
    {
        Lint(ExampleContract.Compliant()).ShouldBeEmpty();
    }

    [Fact]
    public void A_money_field_as_double_is_reported()
    {
        var file = ExampleContract.Compliant();
        file.MessageType[0].Field.Add(new FieldDescriptorProto { Name = "balance", Number = 3, Type = FieldType.Double });
        ExampleContract.CommentEverything(file);

        Lint(file).ShouldContain(v => v.Contains("Widget.balance is floating point", StringComparison.Ordinal));
    }

    [Fact]
    public void An_enum_without_its_unspecified_zero_and_prefix_is_reported()
    {
        var file = ExampleContract.Compliant();
        file.EnumType[0].Value[0].Name = "UNKNOWN";
        file.EnumType[0].Value[1].Name = "READY";

        var violations = Lint(file);

        violations.ShouldContain(v => v.Contains("must start with WIDGET_STATE_UNSPECIFIED = 0", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("READY lacks the prefix WIDGET_STATE_", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_comments_are_reported_per_element()
    {
        var file = ExampleContract.Compliant();
        file.SourceCodeInfo.Location.Clear();

        var violations = Lint(file);

        violations.ShouldContain(v => v.EndsWith("service WidgetService has no comment", StringComparison.Ordinal));
        violations.ShouldContain(v => v.EndsWith("rpc WidgetService.ListWidgets has no comment", StringComparison.Ordinal));
        violations.ShouldContain(v => v.EndsWith("field Widget.create_time has no comment", StringComparison.Ordinal));
        violations.ShouldContain(v => v.EndsWith("enum value WIDGET_STATE_READY has no comment", StringComparison.Ordinal));
    }

    [Fact]
    public void Naming_package_and_namespace_errors_are_reported()
    {
        var file = ExampleContract.Compliant();
        file.Package = "collections.other.v1";
        file.Options.CsharpNamespace = "Example";
        file.Service[0].Name = "Widgets";
        file.MessageType[0].Field[0].Name = "displayName";

        var violations = Lint(file);

        violations.ShouldContain(v => v.Contains("does not match directory collections/example/v1", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("csharp_namespace 'Example' does not match", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("service Widgets does not end in Service", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("displayName is not lower_snake_case", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_method_without_pagination_is_reported()
    {
        var file = ExampleContract.Compliant();
        file.MessageType[1].Field.RemoveAt(1);
        file.MessageType[2].Field.RemoveAt(1);
        ExampleContract.CommentEverything(file);

        var violations = Lint(file);

        violations.ShouldContain(v => v.Contains("ListWidgets request lacks int32 page_size and string page_token", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("ListWidgets response lacks string next_page_token", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_fields_must_be_timestamps_and_timestamps_must_be_named_time()
    {
        var file = ExampleContract.Compliant();
        file.MessageType[0].Field[1].Name = "created";
        file.MessageType[0].Field.Add(new FieldDescriptorProto { Name = "expire_time", Number = 3, Type = FieldType.String });
        ExampleContract.CommentEverything(file);

        var violations = Lint(file);

        violations.ShouldContain(v => v.Contains("Widget.created is a Timestamp but its name does not end in _time", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("Widget.expire_time ends in _time but is not a google.protobuf.Timestamp", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_outside_the_collections_packages_are_not_linted()
    {
        var file = ExampleContract.Compliant();
        file.Package = "google.type";
        file.SourceCodeInfo.Location.Clear();

        Lint(file).ShouldBeEmpty();
    }

    private static IReadOnlyList<string> Lint(FileDescriptorProto file) => new ProtoStyleLinter([file]).Lint();
}
