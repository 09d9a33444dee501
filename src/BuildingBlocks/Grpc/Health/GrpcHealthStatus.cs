using System.Collections.Concurrent;
using CollectionsPlatform.Grpc.Health.V1;
using CollectionsPlatform.Grpc.Server;
using ServingStatus = CollectionsPlatform.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace CollectionsPlatform.Grpc.Health;

/// <summary>
/// The serving status grpc.health.v1.Health reports, per service name and overall (""). Every mapped service
/// follows the host's readiness (<see cref="SetReadiness"/>, driven by the ASP.NET health checks); a host may
/// also set one service's status itself.
/// </summary>
public sealed class GrpcHealthStatus
{
    private readonly ConcurrentDictionary<string, ServingStatus> _statuses = new(StringComparer.Ordinal);
    private volatile bool _ready = true;

    public GrpcHealthStatus(GrpcServiceRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _statuses[string.Empty] = ServingStatus.Serving;
        foreach (var name in registry.ServiceNames)
        {
            _statuses.TryAdd(name, ServingStatus.Serving);
        }

        registry.ServiceAdded += name => _statuses.TryAdd(name, _ready ? ServingStatus.Serving : ServingStatus.NotServing);
    }

    /// <summary>Raised with the service name and its new status whenever a status changes.</summary>
    public event Action<string, ServingStatus>? StatusChanged;

    /// <summary>When the readiness was last refreshed from the health checks.</summary>
    public DateTimeOffset LastReadinessUpdate { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>The status of a service, or null when the service is unknown.</summary>
    public ServingStatus? GetStatus(string service) =>
        _statuses.TryGetValue(service ?? string.Empty, out var status) ? status : null;

    /// <summary>Sets one service's status.</summary>
    public void SetStatus(string service, ServingStatus status)
    {
        ArgumentNullException.ThrowIfNull(service);
        var previous = _statuses.GetValueOrDefault(service, ServingStatus.ServiceUnknown);
        _statuses[service] = status;
        if (previous != status)
        {
            StatusChanged?.Invoke(service, status);
        }
    }

    /// <summary>Forgets a service (Check answers NOT_FOUND, Watch SERVICE_UNKNOWN).</summary>
    public void ClearStatus(string service)
    {
        if (_statuses.TryRemove(service, out _))
        {
            StatusChanged?.Invoke(service, ServingStatus.ServiceUnknown);
        }
    }

    /// <summary>Sets the overall status and every known service's status from the host's readiness.</summary>
    public void SetReadiness(bool ready)
    {
        _ready = ready;
        LastReadinessUpdate = DateTimeOffset.UtcNow;
        var status = ready ? ServingStatus.Serving : ServingStatus.NotServing;
        foreach (var service in _statuses.Keys)
        {
            SetStatus(service, status);
        }
    }

    internal static HealthCheckResponse Response(ServingStatus status) => new() { Status = status };
}
