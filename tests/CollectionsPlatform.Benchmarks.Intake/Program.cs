using System.Globalization;
using CollectionsPlatform.Benchmarks.Intake;
using CollectionsPlatform.Testing;

// scripts/bench-intake.sh, or: dotnet run -c Release --project tests/CollectionsPlatform.Benchmarks.Intake -- [accounts...=100000 1000000]
// Needs the Cases host built in the same configuration (src/Services/Cases/bin/<configuration>).
int[] sizes = args.Length > 0 ? [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [100_000, 1_000_000];
var settings = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["Messaging__Outbox__BatchSize"] = Environment.GetEnvironmentVariable("BENCH_OUTBOX_BATCH") ?? "1000",
    ["Cases__Intake__ChunkSize"] = Environment.GetEnvironmentVariable("BENCH_CHUNK") ?? "5000",
    ["Cases__Intake__Writers"] = Environment.GetEnvironmentVariable("BENCH_WRITERS") ?? "2",
};
var infrastructure = new InfrastructureFixture();
await infrastructure.InitializeAsync();
try
{
    Console.WriteLine($"{Environment.ProcessorCount} cores; {string.Join(", ", settings.Select(s => $"{s.Key}={s.Value}"))}");
    foreach (var size in sizes)
    {
        var rows = PortfolioGenerator.Generate(size, seed: size);
        var database = await infrastructure.CreateDatabaseAsync("intake");
        await using var host = await ServiceHostProcess.StartAsync("src/Services/Cases", new Dictionary<string, string>(settings)
        {
            ["ConnectionStrings__casesdb"] = database,
            ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
            ["ConnectionStrings__eventbus"] = await infrastructure.CreateVirtualHostAsync("intake"),
        }, echo: line => Console.Error.WriteLine($"[cases] {line}"));
        var (summary, committed, drained, events) = await IntakeRun.RunAsync(host.GrpcAddress.GetLeftPart(UriPartial.Authority), database, rows);
        var floor = await CopyFloor.RunAsync(database, rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size:N0} accounts: opened {summary.CasesOpened:N0}, rejected {summary.RowsRejected:N0}; committed {committed:F1} s ({size / committed:N0} accounts/s); " +
            $"{events:N0} events out {drained:F1} s ({size / drained:N0} accounts/s end to end); plain COPY {floor:F1} s ({size / floor:N0} rows/s); " +
            $"end to end / COPY = {drained / floor:F1}x"));
    }
}
finally
{
    await infrastructure.DisposeAsync();
}
