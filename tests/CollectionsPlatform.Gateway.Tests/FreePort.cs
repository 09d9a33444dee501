using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>A loopback port nothing listens on right now.</summary>
internal static class FreePort
{
    public static int Next() => PortAllocator.Choose();
}
