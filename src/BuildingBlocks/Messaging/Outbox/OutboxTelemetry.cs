using System.Diagnostics;

namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>
/// The dispatch span: a child of the trace that staged the event, so MassTransit's send span and the
/// consumer's span join the trace of the call that changed state.
/// </summary>
public static class OutboxTelemetry
{
    public const string ActivitySourceName = "CollectionsPlatform.Messaging";

    private const string DispatchActivityName = "outbox dispatch";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    internal static Activity? StartDispatch(OutboxMessage message)
    {
        Activity.Current = null;
        var hasParent = ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        var activity = Source.StartActivity(DispatchActivityName, ActivityKind.Internal, hasParent ? parent : default);
        if (activity is null && hasParent)
        {
            activity = new Activity(DispatchActivityName);
            activity.SetParentId(parent.TraceId, parent.SpanId, parent.TraceFlags);
            activity.TraceStateString = parent.TraceState;
            activity.Start();
        }

        activity?.SetTag("messaging.message.id", message.MessageId.ToString());
        activity?.SetTag("messaging.outbox.sequence_number", message.SequenceNumber);
        return activity;
    }
}
