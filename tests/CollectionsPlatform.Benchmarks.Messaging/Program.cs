using System.Globalization;
using CollectionsPlatform.Benchmarks.Messaging;
using CollectionsPlatform.Testing;

// dotnet run -c Release --project tests/CollectionsPlatform.Benchmarks.Messaging -- [events=5000] [producers=8]
var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
var producers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
events -= events % producers;

var infrastructure = new InfrastructureFixture();
await infrastructure.InitializeAsync();
try
{
    Console.WriteLine($"{Environment.ProcessorCount} cores, {events} events, {producers} concurrent producers, one consumer host");
    var (outbox, paced) = await OutboxRun.RunAsync(infrastructure, events, producers);
    var raw = await RawRun.RunAsync(infrastructure, events, producers);
    Console.WriteLine(outbox);
    Console.WriteLine(paced);
    Console.WriteLine(raw);
    Console.WriteLine($"outbox keeps {outbox.EventsPerSecond / raw.EventsPerSecond:P0} of the raw rate (target >= 50 %)");
}
finally
{
    await infrastructure.DisposeAsync();
}
