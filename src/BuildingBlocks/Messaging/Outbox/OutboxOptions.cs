namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>Outbox dispatch and retention settings (configuration section <c>Messaging:Outbox</c>).</summary>
public sealed record OutboxOptions
{
    public const string SectionName = "Messaging:Outbox";

    /// <summary>Rows published per dispatch transaction.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Safety-net poll when no commit woke the dispatcher (other replicas, missed wake-ups).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between attempts while the broker or database is unavailable: publishing resumes at most
    /// this long after both are back.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest a batch may wait for broker confirms before it is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan RetainDispatchedFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Must outlive any redelivery of a handled message.</summary>
    public TimeSpan RetainInboxFor { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);
}
