using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Data;

/// <summary>Domain timeline entry → stored row.</summary>
public static class TimelineRecordMapping
{
    public static TimelineEntryRecord ToRecord(this TimelineEntry entry, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new TimelineEntryRecord
        {
            CaseId = caseId,
            Kind = (int)entry.Kind,
            Summary = entry.Description,
            OccurredAt = entry.OccurredAt,
            FromValue = entry.Detail?.From,
            ToValue = entry.Detail?.To,
            Code = entry.Detail?.Code,
            RelatedId = entry.Detail?.RelatedId,
            Source = entry.Detail?.Source,
        };
    }
}
