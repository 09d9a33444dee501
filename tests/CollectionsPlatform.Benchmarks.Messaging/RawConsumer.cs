using CollectionsPlatform.Contracts.IntegrationEvents;
using MassTransit;

namespace CollectionsPlatform.Benchmarks.Messaging;

/// <summary>The reference consumer: plain MassTransit, no inbox, no database.</summary>
internal sealed class RawConsumer : IConsumer<PaymentPosted>
{
    public Task Consume(ConsumeContext<PaymentPosted> context) => Task.CompletedTask;
}
