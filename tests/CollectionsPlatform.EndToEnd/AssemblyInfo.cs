using CollectionsPlatform.EndToEnd;

// one start of the whole platform for every test here, and one test at a time (they share it)
[assembly: AssemblyFixture(typeof(PlatformFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
