using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class DelinquencyBucketTests
{
    [Theory]
    [InlineData(0, DelinquencyBucket.Current)]
    [InlineData(1, DelinquencyBucket.M1)]
    [InlineData(30, DelinquencyBucket.M1)]
    [InlineData(31, DelinquencyBucket.M2)]
    [InlineData(60, DelinquencyBucket.M2)]
    [InlineData(61, DelinquencyBucket.M3)]
    [InlineData(90, DelinquencyBucket.M3)]
    [InlineData(91, DelinquencyBucket.M4)]
    [InlineData(120, DelinquencyBucket.M4)]
    [InlineData(121, DelinquencyBucket.M5)]
    [InlineData(150, DelinquencyBucket.M5)]
    [InlineData(151, DelinquencyBucket.M6)]
    [InlineData(180, DelinquencyBucket.M6)]
    [InlineData(181, DelinquencyBucket.M7Plus)]
    [InlineData(5000, DelinquencyBucket.M7Plus)]
    public void Days_past_due_fall_in_thirty_day_buckets(int daysPastDue, DelinquencyBucket expected) =>
        DelinquencyBuckets.FromDaysPastDue(daysPastDue).ShouldBe(expected);

    [Fact]
    public void Buckets_never_go_down_as_days_past_due_rise()
    {
        var previous = DelinquencyBucket.Current;
        for (var days = 0; days <= 2000; days++)
        {
            var bucket = DelinquencyBuckets.FromDaysPastDue(days);
            ((int)bucket).ShouldBeGreaterThanOrEqualTo((int)previous, $"dpd={days}");
            ((int)bucket - (int)previous).ShouldBeLessThanOrEqualTo(1, $"dpd={days}");
            previous = bucket;
        }
    }

    [Fact]
    public void Negative_days_past_due_are_rejected() =>
        Should.Throw<DomainException>(() => DelinquencyBuckets.FromDaysPastDue(-1)).Reason.ShouldBe("DAYS_PAST_DUE_NEGATIVE");
}
