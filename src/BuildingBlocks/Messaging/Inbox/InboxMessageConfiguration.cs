using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectionsPlatform.Messaging.Inbox;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(m => new { m.MessageId, m.ConsumerName }).HasName("pk_inbox_messages");
        builder.Property(m => m.MessageId).HasColumnName("message_id");
        builder.Property(m => m.ConsumerName).HasColumnName("consumer_name").HasMaxLength(300);
        builder.Property(m => m.HandledAt).HasColumnName("handled_at");
        builder.HasIndex(m => m.HandledAt).HasDatabaseName("ix_inbox_messages_handled_at");
    }
}
