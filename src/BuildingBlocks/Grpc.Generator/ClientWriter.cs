namespace CollectionsPlatform.Grpc.Generator;

/// <summary>Writes the typed client: per RPC an overload with headers/deadline/token and one with CallOptions.</summary>
public static class ClientWriter
{
    private const string Optional = "grpc::Metadata? headers = null, global::System.DateTime? deadline = null, global::System.Threading.CancellationToken cancellationToken = default(global::System.Threading.CancellationToken)";
    private const string Options = "new grpc::CallOptions(headers, deadline, cancellationToken)";

    public static void Write(CodeWriter writer, string serviceName, IReadOnlyList<MethodModel> methods, string? comment, string generatedCode)
    {
        var client = serviceName + "Client";
        writer.Line()
            .Summary(comment ?? $"Client for {serviceName}")
            .Open($"public partial class {client} : grpc::ClientBase")
            .Line("/// <summary>Creates a client that calls through the channel.</summary>")
            .Line(generatedCode)
            .Line($"public {client}(grpc::ChannelBase channel) : base(channel)")
            .Line("{")
            .Line("}")
            .Line()
            .Line("/// <summary>Creates a client that calls through the call invoker.</summary>")
            .Line(generatedCode)
            .Line($"public {client}(grpc::CallInvoker callInvoker) : base(callInvoker)")
            .Line("{")
            .Line("}");
        foreach (var method in methods)
        {
            switch (method.MethodType)
            {
                case "Unary":
                    WritePair(writer, method, generatedCode, $"{method.ResponseType} {method.Name}", $"{method.RequestType} request, ", "request", $"CallInvoker.BlockingUnaryCall({method.FieldName}, null, options, request)");
                    WritePair(writer, method, generatedCode, $"grpc::AsyncUnaryCall<{method.ResponseType}> {method.Name}Async", $"{method.RequestType} request, ", "request", $"CallInvoker.AsyncUnaryCall({method.FieldName}, null, options, request)");
                    break;
                case "ServerStreaming":
                    WritePair(writer, method, generatedCode, $"grpc::AsyncServerStreamingCall<{method.ResponseType}> {method.Name}", $"{method.RequestType} request, ", "request", $"CallInvoker.AsyncServerStreamingCall({method.FieldName}, null, options, request)");
                    break;
                case "ClientStreaming":
                    WritePair(writer, method, generatedCode, $"grpc::AsyncClientStreamingCall{method.GenericArguments} {method.Name}", string.Empty, string.Empty, $"CallInvoker.AsyncClientStreamingCall({method.FieldName}, null, options)");
                    break;
                default:
                    WritePair(writer, method, generatedCode, $"grpc::AsyncDuplexStreamingCall{method.GenericArguments} {method.Name}", string.Empty, string.Empty, $"CallInvoker.AsyncDuplexStreamingCall({method.FieldName}, null, options)");
                    break;
            }
        }

        writer.Close();
    }

    private static void WritePair(CodeWriter writer, MethodModel method, string generatedCode, string head, string requestParameter, string requestArgument, string invoke)
    {
        var forward = requestArgument.Length == 0 ? Options : $"{requestArgument}, {Options}";
        writer.Line()
            .Summary(method.Comment)
            .Line(generatedCode)
            .Open($"public virtual {head}({requestParameter}{Optional})")
            .Line($"return {head[(head.LastIndexOf(' ') + 1)..]}({forward});")
            .Close()
            .Line()
            .Summary(method.Comment)
            .Line(generatedCode)
            .Open($"public virtual {head}({requestParameter}grpc::CallOptions options)")
            .Line($"return {invoke};")
            .Close();
    }
}
