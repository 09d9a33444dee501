using Google.Protobuf.Compiler;

namespace CollectionsPlatform.Grpc.Generator;

/// <summary>Turns a CodeGeneratorRequest into one FooGrpc.cs per requested file that declares services.</summary>
public static class PluginRunner
{
    public static CodeGeneratorResponse Run(CodeGeneratorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = new CodeGeneratorResponse
        {
            SupportedFeatures = (ulong)CodeGeneratorResponse.Types.Feature.Proto3Optional,
        };
        try
        {
            var options = GeneratorOptions.Parse(request.Parameter);
            var types = TypeNameMap.Build(request.ProtoFile);
            foreach (var fileName in request.FileToGenerate)
            {
                var file = request.ProtoFile.Single(f => f.Name == fileName);
                if (file.Service.Count == 0)
                {
                    continue;
                }

                response.File.Add(new CodeGeneratorResponse.Types.File
                {
                    Name = CSharpNames.ServicesFileName(file),
                    Content = new ServiceFileGenerator(file, types, options).Generate(),
                });
            }
        }
        catch (InvalidOperationException exception)
        {
            response.Error = exception.Message;
        }

        return response;
    }
}
