using System.Globalization;
using CollectionsPlatform.Grpc.Protocol;
using Microsoft.AspNetCore.Http;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>The checks made before a call starts; a rejected request gets its answer here.</summary>
internal static class RequestValidator
{
    public static bool TryAccept(HttpContext httpContext, out string? requestEncoding, out TimeSpan? timeout, out bool gzipResponses, GrpcServiceOptions options)
    {
        requestEncoding = null;
        timeout = null;
        gzipResponses = false;
        var request = httpContext.Request;
        var response = httpContext.Response;
        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
        {
            Reject(response, StatusCodes.Status426UpgradeRequired, StatusCode.Internal, $"Request protocol '{request.Protocol}' is not supported.");
            return false;
        }

        if (!GrpcProtocolConstants.IsGrpcContentType(request.ContentType))
        {
            Reject(response, StatusCodes.Status415UnsupportedMediaType, StatusCode.Internal, $"Content-Type '{request.ContentType}' is not supported.");
            return false;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcProtocolConstants.ContentType;
        var headers = request.Headers;
        requestEncoding = headers[GrpcProtocolConstants.MessageEncodingHeader].ToString();
        if (requestEncoding.Length == 0)
        {
            requestEncoding = null;
        }

        if (!GrpcProtocolConstants.IsSupportedEncoding(requestEncoding))
        {
            response.Headers[GrpcProtocolConstants.MessageAcceptEncodingHeader] = GrpcProtocolConstants.SupportedEncodings;
            WriteTrailersOnly(response, StatusCode.Unimplemented, $"Unsupported grpc-encoding value '{requestEncoding}'. Supported encodings: {GrpcProtocolConstants.SupportedEncodings}");
            return false;
        }

        var timeoutHeader = headers[GrpcProtocolConstants.TimeoutHeader].ToString();
        if (timeoutHeader.Length > 0 && GrpcTimeout.TryParse(timeoutHeader, out var parsed))
        {
            timeout = parsed;
        }

        if (options.ResponseCompressionAlgorithm is { } algorithm
            && string.Equals(algorithm, GrpcProtocolConstants.GzipEncoding, StringComparison.OrdinalIgnoreCase)
            && headers[GrpcProtocolConstants.MessageAcceptEncodingHeader].ToString().Contains(GrpcProtocolConstants.GzipEncoding, StringComparison.OrdinalIgnoreCase))
        {
            gzipResponses = true;
            response.Headers[GrpcProtocolConstants.MessageEncodingHeader] = GrpcProtocolConstants.GzipEncoding;
        }

        return true;
    }

    /// <summary>A trailers-only response: HEADERS with END_STREAM carrying grpc-status and grpc-message.</summary>
    public static void WriteTrailersOnly(HttpResponse response, StatusCode code, string message)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcProtocolConstants.ContentType;
        response.Headers[GrpcProtocolConstants.StatusTrailer] = ((int)code).ToString(CultureInfo.InvariantCulture);
        response.Headers[GrpcProtocolConstants.MessageTrailer] = PercentEncoding.Encode(message);
    }

    private static void Reject(HttpResponse response, int httpStatus, StatusCode code, string message)
    {
        response.StatusCode = httpStatus;
        response.Headers[GrpcProtocolConstants.StatusTrailer] = ((int)code).ToString(CultureInfo.InvariantCulture);
        response.Headers[GrpcProtocolConstants.MessageTrailer] = PercentEncoding.Encode(message);
    }
}
