using CollectionsPlatform.Grpc.Generator;
using CollectionsPlatform.Grpc.Tests.V1;
using Google.Protobuf.Compiler;
using Google.Protobuf.Reflection;

namespace CollectionsPlatform.Grpc.Tests;

public sealed class GeneratorTests
{
    private static FileDescriptorProto EchoFile => FileDescriptorProto.Parser.ParseFrom(EchoServiceReflection.Descriptor.SerializedData);

    [Fact]
    public void Output_matches_the_golden_file()
    {
        var response = PluginRunner.Run(Request(EchoFile, null));

        response.Error.ShouldBeNullOrEmpty();
        var file = response.File.Single();
        file.Name.ShouldBe("EchoServiceGrpc.cs");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") is { Length: > 0 } sourceDirectory)
        {
            File.WriteAllText(Path.Combine(sourceDirectory, "Golden", "EchoServiceGrpc.cs.golden"), file.Content);
        }

        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "EchoServiceGrpc.cs.golden"));
        file.Content.ShouldBe(golden.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Output_has_the_grpc_dotnet_shapes()
    {
        var content = PluginRunner.Run(Request(EchoFile, null)).File.Single().Content;

        content.ShouldContain("public static partial class EchoService");
        content.ShouldContain("[grpc::BindServiceMethod(typeof(EchoService), \"BindService\")]");
        content.ShouldContain("public abstract partial class EchoServiceBase");
        content.ShouldContain("public partial class EchoServiceClient : grpc::ClientBase");
        content.ShouldContain("grpc::AsyncUnaryCall<global::CollectionsPlatform.Grpc.Tests.V1.EchoResponse> EchoAsync(global::CollectionsPlatform.Grpc.Tests.V1.EchoRequest request, grpc::Metadata? headers = null");
        content.ShouldContain("grpc::AsyncServerStreamingCall<global::CollectionsPlatform.Grpc.Tests.V1.EchoResponse> Expand(");
        content.ShouldContain("grpc::AsyncClientStreamingCall<global::CollectionsPlatform.Grpc.Tests.V1.EchoRequest, global::CollectionsPlatform.Grpc.Tests.V1.EchoResponse> Collect(grpc::CallOptions options)");
        content.ShouldContain("grpc::AsyncDuplexStreamingCall<");
        content.ShouldContain("public static global::Google.Protobuf.Reflection.ServiceDescriptor Descriptor => global::CollectionsPlatform.Grpc.Tests.V1.EchoServiceReflection.Descriptor.Services[0];");
    }

    [Fact]
    public void No_client_and_no_server_options_leave_out_that_side()
    {
        var serverOnly = PluginRunner.Run(Request(EchoFile, "no_client")).File.Single().Content;
        var clientOnly = PluginRunner.Run(Request(EchoFile, "no_server")).File.Single().Content;

        serverOnly.ShouldNotContain("EchoServiceClient");
        serverOnly.ShouldContain("EchoServiceBase");
        clientOnly.ShouldNotContain("EchoServiceBase");
        clientOnly.ShouldContain("EchoServiceClient");
    }

    [Fact]
    public void An_unknown_option_is_reported_as_an_error() =>
        PluginRunner.Run(Request(EchoFile, "bogus")).Error.ShouldContain("bogus");

    [Fact]
    public void A_file_without_services_produces_no_output()
    {
        var file = new FileDescriptorProto { Name = "only/messages.proto", Package = "only", Syntax = "proto3" };
        file.MessageType.Add(new DescriptorProto { Name = "Thing" });

        PluginRunner.Run(Request(file, null)).File.ShouldBeEmpty();
    }

    [Fact]
    public void Nested_message_types_and_default_namespaces_resolve_like_protoc()
    {
        var file = new FileDescriptorProto { Name = "a/b/case_service2x.proto", Package = "collections.cases_api.v1", Syntax = "proto3" };
        var outer = new DescriptorProto { Name = "Outer" };
        outer.NestedType.Add(new DescriptorProto { Name = "Inner" });
        file.MessageType.Add(outer);
        var service = new ServiceDescriptorProto { Name = "CaseService" };
        service.Method.Add(new MethodDescriptorProto { Name = "Get", InputType = ".collections.cases_api.v1.Outer.Inner", OutputType = ".collections.cases_api.v1.Outer" });
        file.Service.Add(service);

        var generated = PluginRunner.Run(Request(file, null)).File.Single();

        generated.Name.ShouldBe("CaseService2XGrpc.cs");
        generated.Content.ShouldContain("namespace Collections.CasesApi.V1");
        generated.Content.ShouldContain("global::Collections.CasesApi.V1.Outer.Types.Inner");
        generated.Content.ShouldContain("global::Collections.CasesApi.V1.CaseService2XReflection.Descriptor.Services[0]");
    }

    private static CodeGeneratorRequest Request(FileDescriptorProto file, string? parameter)
    {
        var request = new CodeGeneratorRequest { Parameter = parameter ?? string.Empty };
        request.ProtoFile.Add(file);
        request.FileToGenerate.Add(file.Name);
        return request;
    }
}
