namespace CollectionsPlatform.ServiceDefaults;
internal static class AssemblyMarker;
