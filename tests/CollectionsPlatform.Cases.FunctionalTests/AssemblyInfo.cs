using CollectionsPlatform.Cases.FunctionalTests;

[assembly: AssemblyFixture(typeof(CasesHostFixture))]
