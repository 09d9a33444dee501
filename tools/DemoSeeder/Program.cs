using Collections.Cases.V1;
using CollectionsPlatform.DemoSeeder;
using Grpc.Net.Client;

// Started by the AppHost once the gateway is healthy (WaitFor(gateway)); the gateway's gRPC address comes from
// service discovery's environment contract (services__gateway__grpc__0). Exit 0 once every case is open.
var gateway = Environment.GetEnvironmentVariable("services__gateway__grpc__0");
if (string.IsNullOrWhiteSpace(gateway))
{
    Console.Error.WriteLine("services__gateway__grpc__0 is not set: run the seeder from the AppHost (WithReference(gateway)).");
    return 2;
}

var accounts = int.TryParse(Environment.GetEnvironmentVariable("DEMO_ACCOUNTS"), out var n) ? n : DemoPortfolio.DefaultSize;
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
using var channel = GrpcChannel.ForAddress(gateway);
var opened = await DemoPortfolio.OpenAsync(new CaseService.CaseServiceClient(channel), accounts, stopping.Token);
Console.WriteLine($"demo data: {opened} synthetic cases opened through the gateway ({gateway})");
return 0;
