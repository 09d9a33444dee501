using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollectionsPlatform.Messaging.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.SequenceNumber).HasName("pk_outbox_messages");
        builder.Property(m => m.SequenceNumber).HasColumnName("sequence_number").UseIdentityByDefaultColumn();
        builder.Property(m => m.MessageId).HasColumnName("message_id");
        builder.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(500);
        builder.Property(m => m.Body).HasColumnName("body");
        builder.Property(m => m.OrderingKey).HasColumnName("ordering_key").HasMaxLength(200);
        builder.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(128);
        builder.Property(m => m.TraceState).HasColumnName("trace_state").HasMaxLength(512);
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.DispatchedAt).HasColumnName("dispatched_at");
        builder.HasIndex(m => m.MessageId).IsUnique().HasDatabaseName("ix_outbox_messages_message_id");
        builder.HasIndex(m => m.SequenceNumber)
            .HasFilter("dispatched_at IS NULL")
            .HasDatabaseName("ix_outbox_messages_pending");
        builder.HasIndex(m => m.DispatchedAt)
            .HasFilter("dispatched_at IS NOT NULL")
            .HasDatabaseName("ix_outbox_messages_dispatched_at");
    }
}
