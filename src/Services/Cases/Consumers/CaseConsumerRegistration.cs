using MassTransit;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>The events the Cases service consumes: plan and promise outcomes from payment plans, holds from complaints.</summary>
public static class CaseConsumerRegistration
{
    public static void AddCaseConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<PlanActivatedConsumer, CaseConsumerDefinition<PlanActivatedConsumer>>();
        bus.AddConsumer<PlanCompletedConsumer, CaseConsumerDefinition<PlanCompletedConsumer>>();
        bus.AddConsumer<PlanBrokenConsumer, CaseConsumerDefinition<PlanBrokenConsumer>>();
        bus.AddConsumer<PromiseKeptConsumer, CaseConsumerDefinition<PromiseKeptConsumer>>();
        bus.AddConsumer<PromiseBrokenConsumer, CaseConsumerDefinition<PromiseBrokenConsumer>>();
        bus.AddConsumer<HoldPlacedConsumer, CaseConsumerDefinition<HoldPlacedConsumer>>();
        bus.AddConsumer<HoldLiftedConsumer, CaseConsumerDefinition<HoldLiftedConsumer>>();
    }
}
