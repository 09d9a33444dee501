using System.Diagnostics;
using CollectionsPlatform.Gateway.Correlation;
using Microsoft.Extensions.Primitives;

namespace CollectionsPlatform.Gateway.Tests;

public sealed class CorrelationIdTests
{
    [Theory]
    [InlineData("abc-123")]
    [InlineData("0af7651916cd43dd8448eb211c80319c")]
    [InlineData("tenant:42.request_7")]
    public void A_well_formed_caller_id_is_kept(string value)
    {
        CorrelationId.FromHeader(new StringValues(value)).ShouldBe(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("line\nbreak")]
    [InlineData("semi;colon")]
    public void A_malformed_caller_id_is_replaced(string value)
    {
        CorrelationId.FromHeader(new StringValues(value)).ShouldBeNull();
    }

    [Fact]
    public void An_overlong_or_repeated_caller_id_is_replaced()
    {
        CorrelationId.FromHeader(new StringValues(new string('a', 129))).ShouldBeNull();
        CorrelationId.FromHeader(new StringValues(["a", "b"])).ShouldBeNull();
    }

    [Fact]
    public void A_new_id_is_the_trace_id_when_there_is_a_trace()
    {
        using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();

        CorrelationId.New(activity).ShouldBe(activity.TraceId.ToHexString());
    }
}
