using CollectionsPlatform.Messaging.TestHost;
using Microsoft.Extensions.Hosting;

// The consumer as its own process (env ConnectionStrings__ledgerdb, ConnectionStrings__eventbus,
// Ledger__EffectDelayMs): the functional tests SIGKILL it mid-batch and start it again.
using var host = LedgerHost.Create(args, new Dictionary<string, string?>(), consume: true);
await host.RunAsync();
