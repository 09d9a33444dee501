using Google.Protobuf.Reflection;
using FieldType = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Type;
using Label = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Label;

namespace CollectionsPlatform.Contracts.Tests;

/// <summary>A small in-memory contract that follows every rule, for the linter's own tests to break.</summary>
public static class ExampleContract
{
    /// <summary>`collections/example/v1/example.proto` with a comment on every element.</summary>
    public static FileDescriptorProto Compliant()
    {
        var file = new FileDescriptorProto
        {
            Name = "collections/example/v1/example.proto",
            Package = "collections.example.v1",
            Options = new Google.Protobuf.Reflection.FileOptions { CsharpNamespace = "Collections.Example.V1" },
        };
        file.MessageType.Add(Message("Widget", Field("name", 1, FieldType.String), Field("create_time", 2, FieldType.Message, ".google.protobuf.Timestamp")));
        file.MessageType.Add(Message("ListWidgetsRequest", Field("page_size", 1, FieldType.Int32), Field("page_token", 2, FieldType.String)));
        file.MessageType.Add(Message("ListWidgetsResponse", Field("widgets", 1, FieldType.Message, ".collections.example.v1.Widget", Label.Repeated), Field("next_page_token", 2, FieldType.String)));
        var state = new EnumDescriptorProto { Name = "WidgetState" };
        state.Value.Add(new EnumValueDescriptorProto { Name = "WIDGET_STATE_UNSPECIFIED", Number = 0 });
        state.Value.Add(new EnumValueDescriptorProto { Name = "WIDGET_STATE_READY", Number = 1 });
        file.EnumType.Add(state);
        var service = new ServiceDescriptorProto { Name = "WidgetService" };
        service.Method.Add(new MethodDescriptorProto
        {
            Name = "ListWidgets",
            InputType = ".collections.example.v1.ListWidgetsRequest",
            OutputType = ".collections.example.v1.ListWidgetsResponse",
        });
        file.Service.Add(service);
        return CommentEverything(file);
    }

    /// <summary>Adds a leading comment at the path of every message, field, enum, value, service and method.</summary>
    public static FileDescriptorProto CommentEverything(FileDescriptorProto file)
    {
        file.SourceCodeInfo = new SourceCodeInfo();
        for (var m = 0; m < file.MessageType.Count; m++)
        {
            Comment(file, 4, m);
            for (var f = 0; f < file.MessageType[m].Field.Count; f++)
            {
                Comment(file, 4, m, 2, f);
            }
        }

        for (var e = 0; e < file.EnumType.Count; e++)
        {
            Comment(file, 5, e);
            for (var v = 0; v < file.EnumType[e].Value.Count; v++)
            {
                Comment(file, 5, e, 2, v);
            }
        }

        for (var s = 0; s < file.Service.Count; s++)
        {
            Comment(file, 6, s);
            for (var r = 0; r < file.Service[s].Method.Count; r++)
            {
                Comment(file, 6, s, 2, r);
            }
        }

        return file;
    }

    private static void Comment(FileDescriptorProto file, params int[] path)
    {
        var location = new SourceCodeInfo.Types.Location { LeadingComments = " Explains the element.\n" };
        location.Path.AddRange(path);
        file.SourceCodeInfo.Location.Add(location);
    }

    private static DescriptorProto Message(string name, params FieldDescriptorProto[] fields)
    {
        var message = new DescriptorProto { Name = name };
        message.Field.AddRange(fields);
        return message;
    }

    private static FieldDescriptorProto Field(string name, int number, FieldType type, string typeName = "", Label label = Label.Optional) =>
        new() { Name = name, Number = number, Type = type, TypeName = typeName, Label = label };
}
