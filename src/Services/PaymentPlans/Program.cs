using CollectionsPlatform.PaymentPlans;
using CollectionsPlatform.PaymentPlans.Grpc;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPaymentPlans();
builder.Services.AddGrpc();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<PaymentPlanGrpcService>();
app.MapGrpcHealthService();
app.MapGrpcReflectionService();
app.Run();

/// <summary>Entry point, visible to functional tests.</summary>
public partial class Program;
