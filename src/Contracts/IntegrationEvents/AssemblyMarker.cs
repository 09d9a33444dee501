namespace CollectionsPlatform.Contracts.IntegrationEvents;

internal static class AssemblyMarker;
