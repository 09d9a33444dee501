using CollectionsPlatform.Contacts;
using CollectionsPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddContacts();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
