using CollectionsPlatform.Grpc.Protocol;
using Microsoft.AspNetCore.Http;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>The lowest-priority endpoint: a gRPC request for a method nobody maps gets UNIMPLEMENTED.</summary>
internal static class UnimplementedEndpoint
{
    public const string Pattern = "/{grpcUnimplementedService}/{grpcUnimplementedMethod}";

    public static Task HandleAsync(HttpContext httpContext)
    {
        if (!GrpcProtocolConstants.IsGrpcContentType(httpContext.Request.ContentType))
        {
            httpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        RequestValidator.WriteTrailersOnly(httpContext.Response, StatusCode.Unimplemented, "Method is unimplemented.");
        return RequestDrainer.CompleteAndDrainAsync(httpContext);
    }
}
