using CollectionsPlatform.Grpc.InteropTests.Hosting;

[assembly: AssemblyFixture(typeof(InteropFixture))]

// The tests read the servers' call counters (active, cancelled): one test at a time keeps those readings exact.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
