using CollectionsPlatform.Grpc.Reflection.V1;
using CollectionsPlatform.Grpc.Server;
using Google.Protobuf;

namespace CollectionsPlatform.Grpc.Reflection;

/// <summary>Answers reflection questions (v1 messages) from the descriptors of the mapped services.</summary>
public sealed class ReflectionResolver(GrpcServiceRegistry registry)
{
    private DescriptorIndex? _index;
    private int _indexedServices = -1;

    public ServerReflectionResponse Answer(ServerReflectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request };
        var index = Index();
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                response.ListServicesResponse = new ListServiceResponse();
                response.ListServicesResponse.Service.AddRange(registry.ServiceNames.Select(name => new ServiceResponse { Name = name }));
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                SetFile(response, index.FindFile(request.FileByFilename), "File not found.");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                SetFile(response, index.FindSymbol(request.FileContainingSymbol), "Symbol not found.");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType when index.HasMessage(request.AllExtensionNumbersOfType):
                response.AllExtensionNumbersResponse = new ExtensionNumberResponse { BaseTypeName = request.AllExtensionNumbersOfType };
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType:
                response.ErrorResponse = Error(StatusCode.NotFound, "Type not found.");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingExtension:
                response.ErrorResponse = Error(StatusCode.NotFound, "Extensions are not served.");
                break;
            default:
                response.ErrorResponse = Error(StatusCode.Unimplemented, "Request is not supported.");
                break;
        }

        return response;
    }

    private static void SetFile(ServerReflectionResponse response, Google.Protobuf.Reflection.FileDescriptor? file, string notFound)
    {
        if (file is null)
        {
            response.ErrorResponse = Error(StatusCode.NotFound, notFound);
            return;
        }

        response.FileDescriptorResponse = new FileDescriptorResponse();
        response.FileDescriptorResponse.FileDescriptorProto.AddRange(
            DescriptorIndex.WithDependencies(file).Select(f => f.SerializedData ?? ByteString.Empty));
    }

    private static ErrorResponse Error(StatusCode code, string message) => new() { ErrorCode = (int)code, ErrorMessage = message };

    private DescriptorIndex Index()
    {
        var descriptors = registry.Descriptors;
        if (_index is null || _indexedServices != descriptors.Count)
        {
            _index = new DescriptorIndex(descriptors);
            _indexedServices = descriptors.Count;
        }

        return _index;
    }
}
