namespace CollectionsPlatform.Messaging;
internal static class AssemblyMarker;
