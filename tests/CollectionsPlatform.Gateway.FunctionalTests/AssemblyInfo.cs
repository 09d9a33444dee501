using CollectionsPlatform.Gateway.FunctionalTests;

[assembly: AssemblyFixture(typeof(PlatformFixture))]
