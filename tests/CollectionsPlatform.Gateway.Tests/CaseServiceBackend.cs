using System.Net;
using Collections.Cases.V1;
using Case = Collections.Cases.V1.Case;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>A real grpc-dotnet server of the cases contract (h2c) behind the gateway: GetCase answers the case it was
/// asked for; every other method is grpc-dotnet's own UNIMPLEMENTED.</summary>
internal sealed class CaseServiceBackend(WebApplication app, int port) : IAsyncDisposable
{
    public int GrpcPort => port;

    public static async Task<CaseServiceBackend> StartAsync(CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<Cases>();
        await app.StartAsync(cancellationToken);
        return new CaseServiceBackend(app, port);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private sealed class Cases : CaseService.CaseServiceBase
    {
        public override Task<Case> GetCase(GetCaseRequest request, ServerCallContext context) =>
            Task.FromResult(new Case { Name = request.Name, AccountReference = "ACC-0042" });
    }
}
