namespace CollectionsPlatform.Grpc.Generator;

/// <summary>Writes the abstract service base and the BindService method.</summary>
public static class ServerWriter
{
    public static void WriteBase(CodeWriter writer, string serviceName, IReadOnlyList<MethodModel> methods, string? comment, string generatedCode)
    {
        writer.Line()
            .Summary(comment ?? $"Base class for server-side implementations of {serviceName}")
            .Line($"[grpc::BindServiceMethod(typeof({serviceName}), \"BindService\")]")
            .Open($"public abstract partial class {serviceName}Base");
        var first = true;
        foreach (var method in methods)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Summary(method.Comment)
                .Line(generatedCode)
                .Open($"public virtual {Signature(method)}")
                .Line("throw new grpc::RpcException(new grpc::Status(grpc::StatusCode.Unimplemented, \"\"));")
                .Close();
        }

        writer.Close();
    }

    public static void WriteBindService(CodeWriter writer, string serviceName, IReadOnlyList<MethodModel> methods, string access, string generatedCode)
    {
        writer.Line()
            .Line("/// <summary>Registers the service's methods with a service binder; a null implementation binds the method descriptions only.</summary>")
            .Line(generatedCode)
            .Open($"{access} static void BindService(grpc::ServiceBinderBase serviceBinder, {serviceName}Base? serviceImpl)");
        foreach (var method in methods)
        {
            var handler = method.MethodType + "ServerMethod";
            writer.Line($"serviceBinder.AddMethod({method.FieldName}, serviceImpl == null ? null : new grpc::{handler}{method.GenericArguments}(serviceImpl.{method.Name}));");
        }

        writer.Close();
    }

    private static string Signature(MethodModel method) => method.MethodType switch
    {
        "Unary" => $"global::System.Threading.Tasks.Task<{method.ResponseType}> {method.Name}({method.RequestType} request, grpc::ServerCallContext context)",
        "ClientStreaming" => $"global::System.Threading.Tasks.Task<{method.ResponseType}> {method.Name}(grpc::IAsyncStreamReader<{method.RequestType}> requestStream, grpc::ServerCallContext context)",
        "ServerStreaming" => $"global::System.Threading.Tasks.Task {method.Name}({method.RequestType} request, grpc::IServerStreamWriter<{method.ResponseType}> responseStream, grpc::ServerCallContext context)",
        _ => $"global::System.Threading.Tasks.Task {method.Name}(grpc::IAsyncStreamReader<{method.RequestType}> requestStream, grpc::IServerStreamWriter<{method.ResponseType}> responseStream, grpc::ServerCallContext context)",
    };
}
