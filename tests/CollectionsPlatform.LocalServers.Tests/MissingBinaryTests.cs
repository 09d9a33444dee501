namespace CollectionsPlatform.LocalServers.Tests;

public sealed class MissingBinaryTests
{
    [Fact]
    public void A_missing_server_binary_names_the_debian_package_to_install()
    {
        var error = Should.Throw<MissingPrerequisiteException>(() => Prerequisites.Require("/nonexistent/bin", "redis-server", Redis.DebianPackage));

        error.AptPackage.ShouldBe("redis-server");
        error.Message.ShouldContain("apt-get install -y --no-install-recommends redis-server");
    }
}
