using CollectionsPlatform.Messaging.Outbox;

namespace CollectionsPlatform.Messaging.Tests;

/// <summary>The dispatcher's lock-and-read statement (run against PostgreSQL by the functional tests).</summary>
public sealed class PendingBatchQueryTests
{
    [Fact]
    public void The_lock_is_taken_once_and_pending_rows_are_read_in_sequence_order()
    {
        using var dbContext = new ModelOnlyDbContext();

        PendingBatchQuery.Sql(dbContext.Model).ShouldBe(
            "SELECT * FROM \"outbox_messages\" WHERE \"dispatched_at\" IS NULL AND (SELECT pg_try_advisory_xact_lock({0})) " +
            "ORDER BY \"sequence_number\" LIMIT {1}");
    }

    [Fact]
    public void The_read_honours_the_services_default_schema()
    {
        using var dbContext = new SchemaModelOnlyDbContext();

        PendingBatchQuery.Sql(dbContext.Model).ShouldStartWith("SELECT * FROM \"ledger\".\"outbox_messages\" WHERE");
    }
}
