using CollectionsPlatform.Complaints;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddComplaints();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
