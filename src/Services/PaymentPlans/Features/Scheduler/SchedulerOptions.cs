namespace CollectionsPlatform.PaymentPlans.Features.Scheduler;

/// <summary>Configuration section <c>PaymentPlans:Scheduler</c>: how often the sweep runs.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "PaymentPlans:Scheduler";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    public bool Enabled { get; set; } = true;
}
