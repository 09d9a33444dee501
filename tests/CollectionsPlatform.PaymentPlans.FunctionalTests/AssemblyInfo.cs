using CollectionsPlatform.PaymentPlans.FunctionalTests;

// One pair of hosts per run; tests run one at a time because the scheduler tests sweep the whole database at a later instant.
[assembly: AssemblyFixture(typeof(PlansHostFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
