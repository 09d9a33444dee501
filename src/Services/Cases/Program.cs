using CollectionsPlatform.Api;
using CollectionsPlatform.Cases;
using CollectionsPlatform.Cases.Grpc;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCases();
builder.AddGrpcApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<CaseGrpcService>();
app.MapGrpcHealthAndReflection();
app.Run();

/// <summary>Entry point, visible to functional tests (WebApplicationFactory).</summary>
public partial class Program;
