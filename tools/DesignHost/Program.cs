using CollectionsPlatform.DesignHost;
using Microsoft.Extensions.Hosting;

// Only `dotnet ef` runs this host: it stops at Build() and takes the DbContexts from the container.
var builder = Host.CreateApplicationBuilder(args);
DesignTimeContexts.Register(builder.Services, typeof(DesignTimeContexts).Assembly.Location);
builder.Build().Run();
