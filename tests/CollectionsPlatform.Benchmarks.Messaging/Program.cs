using System.Globalization;
using CollectionsPlatform.Benchmarks.Messaging;
using CollectionsPlatform.Testing;

// dotnet run -c Release --project tests/CollectionsPlatform.Benchmarks.Messaging -- [events=3000] [producers=8] [rounds=3]
// A discarded warm-up round first (whichever case ran first in a cold process paid for tiered JIT and DI
// compilation: ~3 ms CPU per event more); then each round runs the three cases, order rotated per round
// so machine drift hits all alike; medians at the end.
var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3_000;
var producers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
events -= events % producers;

var infrastructure = new InfrastructureFixture();
await infrastructure.InitializeAsync();
try
{
    Console.WriteLine($"{Environment.ProcessorCount} cores, {events} events, {producers} concurrent producers, one consumer host, {rounds} rounds");
    var results = new Dictionary<string, List<RunResult>>(StringComparer.Ordinal);
    Func<int, Task<RunResult>>[] cases =
    [
        async count =>
        {
            var (throughput, paced) = await OutboxRun.RunAsync(infrastructure, count, producers);
            Record(results, "paced", paced);
            return throughput;
        },
        count => RawRun.RunAsync(infrastructure, count, producers, withDatabase: true),
        count => RawRun.RunAsync(infrastructure, count, producers, withDatabase: false),
    ];
    string[] keys = ["outbox", "rawdb", "raw"];
    foreach (var warmUp in cases)
    {
        Console.WriteLine($"warm-up (discarded): {await warmUp(Math.Min(events, 1_000 - (1_000 % producers)))}");
    }

    results.Clear();
    for (var round = 0; round < rounds; round++)
    {
        for (var i = 0; i < cases.Length; i++)
        {
            var index = (i + round) % cases.Length;
            var load = Load.Read();
            var result = await cases[index](events);
            Record(results, keys[index], result);
            Console.WriteLine($"round {round + 1}: {result}  (loadavg before {load}, after {Load.Read()})");
        }
    }

    Console.WriteLine($"medians of {rounds} rounds:");
    var outbox = RunResult.Median(results["outbox"]);
    var rawDb = RunResult.Median(results["rawdb"]);
    var raw = RunResult.Median(results["raw"]);
    Console.WriteLine(outbox);
    Console.WriteLine(RunResult.Median(results["paced"]));
    Console.WriteLine(rawDb);
    Console.WriteLine(raw);
    Console.WriteLine($"outbox keeps {outbox.EventsPerSecond / raw.EventsPerSecond:P0} of raw bare (the issue's target: >= 50 %)");
    Console.WriteLine($"outbox keeps {outbox.EventsPerSecond / rawDb.EventsPerSecond:P0} of raw + same DB work (the outbox's own cost)");
}
finally
{
    await infrastructure.DisposeAsync();
}

static void Record(Dictionary<string, List<RunResult>> results, string key, RunResult result)
{
    if (!results.TryGetValue(key, out var list))
    {
        results[key] = list = [];
    }

    list.Add(result);
}
