using Google.Protobuf.Reflection;
using FieldType = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Type;
using Label = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Label;

namespace CollectionsPlatform.Contracts.Tests;

/// <summary>
/// Checks the contract style rules of architecture.md §3 on descriptors compiled with source info:
/// package matches directory and csharp_namespace, services end in Service, enums start with
/// `&lt;ENUM&gt;_UNSPECIFIED = 0` and prefix every value, a comment on every service, method, message,
/// field, enum and enum value, no float/double, lower_snake_case fields, List pagination, and
/// `*_time` fields are Timestamps (and Timestamps are `*_time`). Only files in package `collections.*`.
/// </summary>
public sealed class ProtoStyleLinter(IReadOnlyList<FileDescriptorProto> files)
{
    private const string Timestamp = ".google.protobuf.Timestamp";
    private readonly Dictionary<string, DescriptorProto> messages = IndexMessages(files);
    private readonly List<string> violations = [];

    /// <summary>All violations, one developer-facing line each; empty when the contracts comply.</summary>
    public IReadOnlyList<string> Lint()
    {
        violations.Clear();
        foreach (var file in files.Where(f => f.Package.StartsWith("collections.", StringComparison.Ordinal)))
        {
            LintFile(file, new CommentIndex(file));
        }

        return [.. violations];
    }

    private void LintFile(FileDescriptorProto file, CommentIndex comments)
    {
        var directory = Path.GetDirectoryName(file.Name)?.Replace('\\', '/') ?? "";
        if (directory.Replace('/', '.') != file.Package)
        {
            Report(file, $"package {file.Package} does not match directory {directory}");
        }

        var csharpNamespace = file.Options?.CsharpNamespace ?? "";
        if (!ProtoNames.NamespaceMatchesPackage(csharpNamespace, file.Package))
        {
            Report(file, $"csharp_namespace '{csharpNamespace}' does not match package {file.Package}");
        }

        for (var i = 0; i < file.MessageType.Count; i++)
        {
            LintMessage(file, comments, file.MessageType[i], [4, i]);
        }

        for (var i = 0; i < file.EnumType.Count; i++)
        {
            LintEnum(file, comments, file.EnumType[i], [5, i]);
        }

        for (var i = 0; i < file.Service.Count; i++)
        {
            LintService(file, comments, file.Service[i], [6, i]);
        }
    }

    private void LintMessage(FileDescriptorProto file, CommentIndex comments, DescriptorProto message, int[] path)
    {
        if (message.Options?.MapEntry == true)
        {
            return;
        }

        RequireComment(file, comments, path, $"message {message.Name}");
        for (var i = 0; i < message.Field.Count; i++)
        {
            LintField(file, comments, message, message.Field[i], [.. path, 2, i]);
        }

        for (var i = 0; i < message.NestedType.Count; i++)
        {
            LintMessage(file, comments, message.NestedType[i], [.. path, 3, i]);
        }

        for (var i = 0; i < message.EnumType.Count; i++)
        {
            LintEnum(file, comments, message.EnumType[i], [.. path, 4, i]);
        }
    }

    private void LintField(FileDescriptorProto file, CommentIndex comments, DescriptorProto message,
        FieldDescriptorProto field, int[] path)
    {
        var where = $"field {message.Name}.{field.Name}";
        RequireComment(file, comments, path, where);
        if (!ProtoNames.IsLowerSnake(field.Name))
        {
            Report(file, $"{where} is not lower_snake_case");
        }

        if (field.Type is FieldType.Double or FieldType.Float)
        {
            Report(file, $"{where} is floating point; use google.type.Money or an integer unit");
        }

        var isTimestamp = field.Type == FieldType.Message && field.TypeName == Timestamp;
        if (field.Name.EndsWith("_time", StringComparison.Ordinal) && !isTimestamp)
        {
            Report(file, $"{where} ends in _time but is not a google.protobuf.Timestamp");
        }

        if (isTimestamp && !field.Name.EndsWith("_time", StringComparison.Ordinal))
        {
            Report(file, $"{where} is a Timestamp but its name does not end in _time");
        }
    }

    private void LintEnum(FileDescriptorProto file, CommentIndex comments, EnumDescriptorProto enumType, int[] path)
    {
        RequireComment(file, comments, path, $"enum {enumType.Name}");
        var prefix = ProtoNames.UpperSnake(enumType.Name) + "_";
        if (enumType.Value.Count == 0 || enumType.Value[0].Number != 0 || enumType.Value[0].Name != prefix + "UNSPECIFIED")
        {
            Report(file, $"enum {enumType.Name} must start with {prefix}UNSPECIFIED = 0");
        }

        for (var i = 0; i < enumType.Value.Count; i++)
        {
            var value = enumType.Value[i];
            RequireComment(file, comments, [.. path, 2, i], $"enum value {value.Name}");
            if (!value.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                Report(file, $"enum value {value.Name} lacks the prefix {prefix}");
            }
        }
    }

    private void LintService(FileDescriptorProto file, CommentIndex comments, ServiceDescriptorProto service, int[] path)
    {
        RequireComment(file, comments, path, $"service {service.Name}");
        if (!service.Name.EndsWith("Service", StringComparison.Ordinal))
        {
            Report(file, $"service {service.Name} does not end in Service");
        }

        for (var i = 0; i < service.Method.Count; i++)
        {
            var method = service.Method[i];
            RequireComment(file, comments, [.. path, 2, i], $"rpc {service.Name}.{method.Name}");
            if (method.Name.StartsWith("List", StringComparison.Ordinal))
            {
                LintListMethod(file, service, method);
            }
        }
    }

    private void LintListMethod(FileDescriptorProto file, ServiceDescriptorProto service, MethodDescriptorProto method)
    {
        var where = $"rpc {service.Name}.{method.Name}";
        if (!HasField(method.InputType, "page_size", FieldType.Int32) || !HasField(method.InputType, "page_token", FieldType.String))
        {
            Report(file, $"{where} request lacks int32 page_size and string page_token");
        }

        if (!HasField(method.OutputType, "next_page_token", FieldType.String))
        {
            Report(file, $"{where} response lacks string next_page_token");
        }
    }

    private bool HasField(string typeName, string fieldName, FieldType type) =>
        messages.TryGetValue(typeName, out var message)
        && message.Field.Any(f => f.Name == fieldName && f.Type == type && f.Label != Label.Repeated);

    private void RequireComment(FileDescriptorProto file, CommentIndex comments, int[] path, string element)
    {
        if (!comments.HasComment(path))
        {
            Report(file, $"{element} has no comment");
        }
    }

    private void Report(FileDescriptorProto file, string violation) => violations.Add($"{file.Name}: {violation}");

    private static Dictionary<string, DescriptorProto> IndexMessages(IReadOnlyList<FileDescriptorProto> files)
    {
        var index = new Dictionary<string, DescriptorProto>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var prefix = string.IsNullOrEmpty(file.Package) ? "." : $".{file.Package}.";
            foreach (var message in file.MessageType)
            {
                Add(index, prefix, message);
            }
        }

        return index;
    }

    private static void Add(Dictionary<string, DescriptorProto> index, string prefix, DescriptorProto message)
    {
        index[prefix + message.Name] = message;
        foreach (var nested in message.NestedType)
        {
            Add(index, $"{prefix}{message.Name}.", nested);
        }
    }
}
