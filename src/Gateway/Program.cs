using CollectionsPlatform.Gateway;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseCorrelationId();
app.MapDefaultEndpoints();
app.MapReverseProxy();
app.Run();
