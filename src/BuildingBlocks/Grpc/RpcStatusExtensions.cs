using Google.Protobuf;
using GoogleRpcStatus = Google.Rpc.Status;

namespace CollectionsPlatform.Grpc;

/// <summary>Conversions between <see cref="GoogleRpcStatus"/> (rich error model) and <see cref="RpcException"/>.</summary>
public static class RpcStatusExtensions
{
    /// <summary>The trailer carrying a serialized google.rpc.Status.</summary>
    public const string StatusDetailsTrailerName = "grpc-status-details-bin";

    /// <summary>Builds an exception whose trailers carry the google.rpc.Status in grpc-status-details-bin.</summary>
    public static RpcException ToRpcException(this GoogleRpcStatus status) => status.ToRpcException(new Metadata());

    /// <summary>Builds an exception carrying the google.rpc.Status plus further trailers.</summary>
    public static RpcException ToRpcException(this GoogleRpcStatus status, Metadata trailers)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(trailers);
        trailers.Add(StatusDetailsTrailerName, status.ToByteArray());
        return new RpcException(new Status((StatusCode)status.Code, status.Message), trailers);
    }

    /// <summary>The google.rpc.Status from grpc-status-details-bin, or null when the trailers do not carry one.</summary>
    public static GoogleRpcStatus? GetRpcStatus(this RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var entry = exception.Trailers.Get(StatusDetailsTrailerName);
        return entry is null ? null : GoogleRpcStatus.Parser.ParseFrom(entry.ValueBytes);
    }

    /// <summary>The first detail of type <typeparamref name="T"/> inside the google.rpc.Status, or null.</summary>
    public static T? GetStatusDetail<T>(this RpcException exception)
        where T : class, IMessage<T>, new()
    {
        var status = exception.GetRpcStatus();
        if (status is null)
        {
            return null;
        }

        var descriptor = new T().Descriptor;
        foreach (var detail in status.Details)
        {
            if (detail.Is(descriptor))
            {
                return detail.Unpack<T>();
            }
        }

        return null;
    }
}
