using System.Reflection;
using MassTransit;

namespace CollectionsPlatform.Messaging.Bus;

/// <summary>
/// How soon consumers come back after the broker does. MassTransit 8.5 retries a lost receive endpoint on a fixed
/// exponential schedule (3, 6, 12, 24, then every 30 s) that it offers no setting for, so after a minute's outage a
/// consumer may wait up to 30 s more. This replaces that policy on the bus's RabbitMQ host with the same exception
/// filter (MassTransit still decides what is worth retrying) and attempts 1, 2, then every 3 s, without limit.
/// Reaches a private field: pinned to MassTransit 8.5 and checked at start-up; see docs/decisions/0012-masstransit-8-5.md.
/// </summary>
internal static class ReceiveTransportReconnect
{
    public static readonly TimeSpan FirstAttempt = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(3);

    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;

    public static void Apply(IRabbitMqBusFactoryConfigurator configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var host = configurator.GetType().GetField("_hostConfiguration", Instance)?.GetValue(configurator)
            ?? throw Unsupported("the bus factory's host configuration");
        var policyField = host.GetType().GetField("<ReceiveTransportRetryPolicy>k__BackingField", Instance)
            ?? throw Unsupported("the host's ReceiveTransportRetryPolicy");
        var original = (IRetryPolicy)(policyField.GetValue(host) ?? throw Unsupported("a receive transport retry policy"));
        policyField.SetValue(host, Retry.CreatePolicy(retry =>
        {
            retry.Handle<Exception>(original.IsHandled);
            retry.Exponential(int.MaxValue, FirstAttempt, LongestWait, FirstAttempt);
        }));
    }

    private static NotSupportedException Unsupported(string what) => new(
        $"This MassTransit version does not expose {what} where 8.5 does: review ReceiveTransportReconnect (ADR 0012).");
}
