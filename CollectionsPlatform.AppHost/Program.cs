using CollectionsPlatform.AppHost;
using CollectionsPlatform.AppHost.DemoData;
using CollectionsPlatform.AppHost.Hosting;

// The topology lives in CollectionsTopology.Define so the end-to-end test starts exactly what this starts.
var builder = AppHostBuilder.Create(args);
CollectionsTopology.Define(builder);

await using var app = builder.Build();
return await app.RunAsync(args.Contains("--demo-data") ? DemoPortfolio.AnnounceSeedAsync : null);
