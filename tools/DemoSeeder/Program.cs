using Collections.Cases.V1;
using CollectionsPlatform.DemoSeeder;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;

// Started by the AppHost once the gateway is healthy (WaitFor(gateway)); the gateway's gRPC address comes from
// service discovery's environment contract (services__gateway__grpc__0). Exit 0 once every case is open, 1 when the
// platform kept refusing. Calls that find a service restarting (UNAVAILABLE) are retried by grpc-dotnet's retry policy;
// retrying is safe because every CreateCase carries its request_id.
var gateway = Environment.GetEnvironmentVariable("services__gateway__grpc__0");
if (string.IsNullOrWhiteSpace(gateway))
{
    Console.Error.WriteLine("services__gateway__grpc__0 is not set: run the seeder from the AppHost (WithReference(gateway)).");
    return 2;
}

var accounts = int.TryParse(Environment.GetEnvironmentVariable("DEMO_ACCOUNTS"), out var n) ? n : DemoPortfolio.DefaultSize;
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
var retry = new MethodConfig
{
    Names = { MethodName.Default },
    RetryPolicy = new RetryPolicy
    {
        MaxAttempts = 5,
        InitialBackoff = TimeSpan.FromSeconds(1),
        MaxBackoff = TimeSpan.FromSeconds(10),
        BackoffMultiplier = 2,
        RetryableStatusCodes = { StatusCode.Unavailable },
    },
};
using var channel = GrpcChannel.ForAddress(gateway, new GrpcChannelOptions { ServiceConfig = new ServiceConfig { MethodConfigs = { retry } } });
try
{
    var opened = await DemoPortfolio.OpenAsync(new CaseService.CaseServiceClient(channel), accounts, stopping.Token);
    Console.WriteLine($"demo data: {opened} synthetic cases opened through the gateway ({gateway})");
    return 0;
}
catch (RpcException failed)
{
    Console.Error.WriteLine($"demo data: the gateway refused ({failed.StatusCode}: {failed.Status.Detail}); run the seeder again from the dashboard");
    return 1;
}
