using CollectionsPlatform.Api;
using CollectionsPlatform.Complaints;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddComplaints();
builder.AddGrpcApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcHealthAndReflection();
app.Run();
