using CollectionsPlatform.AppHost;
using CollectionsPlatform.AppHost.LocalServers;
using CollectionsPlatform.AppHost.Services;
using Microsoft.Extensions.DependencyInjection;

// The platform's topology, top to bottom: infrastructure (from the Debian binaries, state in .state/), the services
// with what each references and waits for, the gateway in front of them, and the demo data (a one-shot client).
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddLocalPostgres("postgres");
var casesDb = postgres.AddDatabase("casesdb");
var contactsDb = postgres.AddDatabase("contactsdb");
var paymentPlansDb = postgres.AddDatabase("paymentplansdb");
var consentDb = postgres.AddDatabase("consentdb");
var complaintsDb = postgres.AddDatabase("complaintsdb");
builder.AddLocalRedis("redis"); // hot compliance state: no feature uses it yet, so no service references it
var eventBus = builder.AddLocalRabbitMQ("eventbus");

var cases = builder.AddGrpcService<Projects.CollectionsPlatform_Cases>("cases")
    .WithReference(casesDb).WaitFor(casesDb)
    .WithReference(eventBus).WaitFor(eventBus);

var contacts = builder.AddGrpcService<Projects.CollectionsPlatform_Contacts>("contacts")
    .WithReference(contactsDb).WaitFor(contactsDb);

var paymentPlans = builder.AddGrpcService<Projects.CollectionsPlatform_PaymentPlans>("paymentplans")
    .WithReference(cases)
    .WithReference(paymentPlansDb).WaitFor(paymentPlansDb)
    .WithReference(eventBus).WaitFor(eventBus);

var consent = builder.AddGrpcService<Projects.CollectionsPlatform_Consent>("consent")
    .WithReference(consentDb).WaitFor(consentDb);

var complaints = builder.AddGrpcService<Projects.CollectionsPlatform_Complaints>("complaints")
    .WithReference(complaintsDb).WaitFor(complaintsDb);

var gateway = builder.AddGrpcService<Projects.CollectionsPlatform_Gateway>("gateway")
    .WithReference(cases).WaitFor(cases)
    .WithReference(contacts).WaitFor(contacts)
    .WithReference(paymentPlans).WaitFor(paymentPlans)
    .WithReference(consent).WaitFor(consent)
    .WithReference(complaints).WaitFor(complaints);

builder.AddProject<Projects.CollectionsPlatform_DemoSeeder>("demo-seeder")
    .WithReference(gateway).WaitFor(gateway);

builder.Services.AddHostedService<HealthyAnnouncement>();
builder.Build().Run();
