namespace CollectionsPlatform.Cases.Consumers;

/// <summary>Log events of the Cases consumers: ids and reason codes only.</summary>
internal static partial class CasesLog
{
    [LoggerMessage(1, LogLevel.Warning, "{EventType} for case {CaseId} not applied: {Reason}")]
    public static partial void CaseEventRefused(this ILogger logger, string eventType, Guid caseId, string reason);
}
