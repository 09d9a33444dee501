using CollectionsPlatform.Messaging.Inbox;

namespace CollectionsPlatform.Messaging.Tests;

/// <summary>The inbox claim statement targets the table and columns the model maps (the behaviour is proven against PostgreSQL in the functional tests).</summary>
public sealed class InboxClaimTests
{
    [Fact]
    public void The_claim_inserts_the_inbox_key_and_skips_a_conflict()
    {
        using var dbContext = new ModelOnlyDbContext();

        InboxClaim.InsertSql(dbContext.Model).ShouldBe(
            "INSERT INTO \"inbox_messages\" (\"message_id\", \"consumer_name\", \"handled_at\") VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING");
    }

    [Fact]
    public void The_claim_honours_the_services_default_schema()
    {
        using var dbContext = new SchemaModelOnlyDbContext();

        InboxClaim.InsertSql(dbContext.Model).ShouldStartWith("INSERT INTO \"ledger\".\"inbox_messages\" (");
    }
}
