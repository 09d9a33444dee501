using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans;
using CollectionsPlatform.PaymentPlans.Grpc;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPaymentPlans();
builder.AddGrpcApi();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGrpcService<PaymentPlanGrpcService>();
app.MapGrpcHealthAndReflection();
app.Run();

/// <summary>Entry point, visible to functional tests.</summary>
public partial class Program;
