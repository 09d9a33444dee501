using System.Diagnostics;
using Collections.Cases.V1;
using CollectionsPlatform.AppHost.LocalServers;
using CollectionsPlatform.ChaosPayments;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;

// Payments through the gateway while the killer SIGKILLs PostgreSQL, RabbitMQ, Redis and services; after each round
// every effect is counted in the databases. Exit 0 only when nothing was lost or doubled and nothing answered INTERNAL.
var options = ChaosOptions.Parse(args);
var runId = Convert.ToHexString(Guid.NewGuid().ToByteArray()[..4]).ToLowerInvariant();
var logDirectory = Path.Combine(Path.GetTempPath(), $"chaos-payments-{runId}");
using var cap = new CancellationTokenSource(TimeSpan.FromMinutes(options.CapMinutes));
var clock = Stopwatch.StartNew();
var answers = new AnswerTally();
var rounds = new List<RoundVerdict>();
IReadOnlyDictionary<string, int> parked = new Dictionary<string, int>();
Killer? killer = null;
string? aborted = null;
Console.WriteLine($"chaos-payments {runId}: {options}");

ChaosPlatform? platform = null;
try
{
    platform = await ChaosPlatform.StartAsync(options, logDirectory, cap.Token);
    Console.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: platform healthy, demo data seeded");
    using var channel = GrpcChannel.ForAddress(platform.GatewayGrpc);
    var cases = new CaseService.CaseServiceClient(channel);
    var targets = await TargetCase.ChooseAsync(cases, count: 20, cap.Token);
    if (targets.Count == 0)
    {
        throw new InvalidOperationException("the gateway listed no open case to pay into");
    }

    var ledger = new RoundLedger(
        await platform.App.GetConnectionStringAsync("casesdb", cap.Token) ?? string.Empty,
        await platform.App.GetConnectionStringAsync("paymentplansdb", cap.Token) ?? string.Empty);
    killer = new Killer(platform, KillTarget.Rotation(platform));
    for (var round = 1; round <= options.Rounds; round++)
    {
        var prefix = $"chaos-{runId}-r{round}-";
        var before = await ledger.BalancesAsync(targets.Select(c => c.Id), cap.Token);
        killer.BeginRound(options.KillsInRound(round), options.Payments);
        var load = new PaymentLoad(cases, answers, killer.MayStart);
        var posting = load.RunAsync(PlannedPayment.ForRound(runId, round, options.Payments, targets), options.Workers, options.PaymentsPerSecond(round), cap.Token);
        var killing = killer.RunRoundAsync(() => load.Completed, posting, cap.Token);
        await Task.WhenAll(posting, killing);
        Console.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: round {round} answered; waiting for quiescence");
        var quiet = await ledger.AwaitQuiescenceAsync(prefix, cap.Token);
        var verdict = await ledger.VerifyAsync(prefix, await posting, before, cap.Token);
        rounds.Add(verdict);
        Console.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s: round {round} quiet after {quiet:F0} s: lost {verdict.Lost}, doubled {verdict.Doubled}, {verdict.Problems.Count} discrepancies");
    }

    parked = await ErrorQueues.ParkedAsync(platform.Resource<RabbitMqServerResource>("eventbus").Node, cap.Token);
}
catch (Exception error) when (cap.IsCancellationRequested && error is OperationCanceledException or Grpc.Core.RpcException)
{
    aborted = $"the {options.CapMinutes} min cap was reached";
}
catch (Exception error) when (error is InvalidOperationException or Npgsql.NpgsqlException or Grpc.Core.RpcException or TimeoutException)
{
    aborted = error.ToString();
}
finally
{
    if (platform is not null)
    {
        await platform.DisposeAsync();
    }
}

var summary = new RunSummary(options, rounds, killer, answers, parked, aborted, clock.Elapsed.TotalSeconds);
summary.Print();
return summary.Passed ? 0 : 1;
