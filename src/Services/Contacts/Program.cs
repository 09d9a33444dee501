using CollectionsPlatform.Api;
using CollectionsPlatform.Contacts;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddContacts();
builder.AddGrpcApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcHealthAndReflection();
app.Run();
