namespace CollectionsPlatform.Orchestration;
internal static class AssemblyMarker;
