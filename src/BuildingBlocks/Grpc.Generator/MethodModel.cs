using Google.Protobuf.Reflection;

namespace CollectionsPlatform.Grpc.Generator;

/// <summary>One RPC as the generator needs it: names, C# message types, kind and comment.</summary>
public sealed record MethodModel(string Name, string RequestType, string ResponseType, string RequestProtoType, string ResponseProtoType, bool ClientStreaming, bool ServerStreaming, string? Comment)
{
    public static MethodModel From(MethodDescriptorProto method, TypeNameMap types, string? comment) =>
        new(
            method.Name,
            types.Resolve(method.InputType),
            types.Resolve(method.OutputType),
            method.InputType,
            method.OutputType,
            method.ClientStreaming,
            method.ServerStreaming,
            comment);

    public string MethodType => (ClientStreaming, ServerStreaming) switch
    {
        (false, false) => "Unary",
        (true, false) => "ClientStreaming",
        (false, true) => "ServerStreaming",
        _ => "DuplexStreaming",
    };

    public string FieldName => "__Method_" + Name;

    public string GenericArguments => $"<{RequestType}, {ResponseType}>";

    public static string MarshallerField(string protoType) => "__Marshaller_" + protoType.TrimStart('.').Replace('.', '_');
}
