using CollectionsPlatform.Messaging.Bus;

namespace CollectionsPlatform.Messaging.Tests;

public sealed class EventBusConnectionTests
{
    [Fact]
    public void The_eventbus_connection_string_gives_host_port_credentials_and_default_vhost()
    {
        var connection = EventBusConnection.Parse("amqp://collector:s%40cret@127.0.0.1:5799");

        connection.Host.ShouldBe("127.0.0.1");
        connection.Port.ShouldBe((ushort)5799);
        connection.Username.ShouldBe("collector");
        connection.Password.ShouldBe("s@cret");
        connection.VirtualHost.ShouldBe("/");
    }

    [Fact]
    public void A_path_names_the_virtual_host_and_a_missing_port_means_5672()
    {
        var connection = EventBusConnection.Parse("amqp://guest:guest@localhost/cases_tests");

        connection.VirtualHost.ShouldBe("cases_tests");
        connection.Port.ShouldBe((ushort)5672);
    }

    [Fact]
    public void The_password_never_appears_in_its_text()
    {
        EventBusConnection.Parse("amqp://guest:hunter2@127.0.0.1:5672").ToString().ShouldNotContain("hunter2");
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432")]
    [InlineData("http://127.0.0.1:5672")]
    [InlineData("")]
    public void Anything_but_an_amqp_uri_is_rejected(string connectionString)
    {
        Should.Throw<FormatException>(() => EventBusConnection.Parse(connectionString));
    }
}
