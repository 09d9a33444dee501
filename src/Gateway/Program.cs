using CollectionsPlatform.Gateway;
using CollectionsPlatform.Gateway.Health;
using CollectionsPlatform.Gateway.Rest;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();
builder.AddRestApi();

var app = builder.Build();
app.UseCorrelationId();
app.UseExceptionHandler();
app.MapDefaultEndpoints(GatewayHealthReport.WriteAsync);
app.MapRestApi();
app.MapGrpcGateway();
app.Run();
