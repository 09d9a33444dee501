using CollectionsPlatform.Api;
using CollectionsPlatform.Consent;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddConsent();
builder.AddGrpcApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcHealthAndReflection();
app.Run();
