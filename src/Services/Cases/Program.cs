using CollectionsPlatform.Cases;
using CollectionsPlatform.Cases.Grpc;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCases();
builder.Services.AddGrpc();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<CaseGrpcService>();
app.MapGrpcHealthService();
app.MapGrpcReflectionService();
app.Run();

/// <summary>Entry point, visible to functional tests (WebApplicationFactory).</summary>
public partial class Program;
