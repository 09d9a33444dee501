using System.Net;
using CollectionsPlatform.Grpc.BenchHost;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// Usage: CollectionsPlatform.Grpc.BenchHost <port>   (h2c on 127.0.0.1:<port>)
var port = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5099;
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddGrpc();
builder.Services.AddGrpcHealthChecks();
var app = builder.Build();
app.MapGrpcService<BenchEchoService>();
app.MapGrpcHealthChecksService();
app.Run();
