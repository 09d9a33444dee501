using CollectionsPlatform.Grpc.Generator;
using Google.Protobuf;
using Google.Protobuf.Compiler;

// protoc plugin: CodeGeneratorRequest on stdin, CodeGeneratorResponse on stdout.
using var stdin = Console.OpenStandardInput();
var request = CodeGeneratorRequest.Parser.ParseFrom(stdin);
var response = PluginRunner.Run(request);
using var stdout = Console.OpenStandardOutput();
response.WriteTo(stdout);
stdout.Flush();
