namespace CollectionsPlatform.Grpc;
internal static class AssemblyMarker;
