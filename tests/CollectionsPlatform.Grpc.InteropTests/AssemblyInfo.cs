using CollectionsPlatform.Grpc.InteropTests.Hosting;

[assembly: AssemblyFixture(typeof(InteropFixture))]

// Each test starts node processes against seven servers on a 2-core machine: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
