using CollectionsPlatform.Testing;

[assembly: AssemblyFixture(typeof(InfrastructureFixture))]
