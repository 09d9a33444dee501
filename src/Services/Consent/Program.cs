using CollectionsPlatform.Consent;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddConsent();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
