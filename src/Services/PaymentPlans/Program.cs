using CollectionsPlatform.PaymentPlans;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPaymentPlans();
builder.Services.AddGrpc();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcHealthService();
app.MapGrpcReflectionService();
app.Run();
