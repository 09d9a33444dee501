using CollectionsPlatform.AppHost.Hosting;

namespace CollectionsPlatform.AppHost;

/// <summary>The platform's topology, read top to bottom: infrastructure, services, gateway.</summary>
public static class CollectionsTopology
{
    public static AppHostBuilder Define(AppHostBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres");
        var casesDb = postgres.AddDatabase("casesdb");
        var contactsDb = postgres.AddDatabase("contactsdb");
        var paymentPlansDb = postgres.AddDatabase("paymentplansdb");
        var consentDb = postgres.AddDatabase("consentdb");
        var complaintsDb = postgres.AddDatabase("complaintsdb");
        var redis = builder.AddRedis("redis");
        var eventBus = builder.AddRabbitMQ("eventbus");

        var cases = builder.AddProject("cases", "src/Services/Cases")
            .WithReference(casesDb).WaitFor(casesDb)
            .WithReference(redis).WaitFor(redis)
            .WithReference(eventBus).WaitFor(eventBus);

        var contacts = builder.AddProject("contacts", "src/Services/Contacts")
            .WithReference(contactsDb).WaitFor(contactsDb)
            .WithReference(redis).WaitFor(redis)
            .WithReference(eventBus).WaitFor(eventBus);

        var paymentPlans = builder.AddProject("paymentplans", "src/Services/PaymentPlans")
            .WithReference(cases)
            .WithReference(paymentPlansDb).WaitFor(paymentPlansDb)
            .WithReference(redis).WaitFor(redis)
            .WithReference(eventBus).WaitFor(eventBus);

        var consent = builder.AddProject("consent", "src/Services/Consent")
            .WithReference(consentDb).WaitFor(consentDb)
            .WithReference(redis).WaitFor(redis)
            .WithReference(eventBus).WaitFor(eventBus);

        var complaints = builder.AddProject("complaints", "src/Services/Complaints")
            .WithReference(complaintsDb).WaitFor(complaintsDb)
            .WithReference(redis).WaitFor(redis)
            .WithReference(eventBus).WaitFor(eventBus);

        builder.AddProject("gateway", "src/Gateway")
            .WithReference(cases).WaitFor(cases)
            .WithReference(contacts).WaitFor(contacts)
            .WithReference(paymentPlans).WaitFor(paymentPlans)
            .WithReference(consent).WaitFor(consent)
            .WithReference(complaints).WaitFor(complaints);

        return builder;
    }
}
