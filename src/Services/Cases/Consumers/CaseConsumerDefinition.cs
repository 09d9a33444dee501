using CollectionsPlatform.Messaging.Inbox;
using MassTransit;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>The shared retry policy, on a queue named for this service (<c>cases-plan-activated</c>, …) so another
/// service's consumer of the same event never competes for its messages.</summary>
public sealed class CaseConsumerDefinition<TConsumer> : IdempotentConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public CaseConsumerDefinition() =>
        EndpointName = "cases-" + KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>();
}
