using CollectionsPlatform.Testing;

[assembly: AssemblyFixture(typeof(InfrastructureFixture))]

// one test stops and starts the shared RabbitMQ node: no test may run beside it
[assembly: CollectionBehavior(DisableTestParallelization = true)]
