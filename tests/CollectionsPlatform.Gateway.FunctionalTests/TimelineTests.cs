using System.Net;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>GET /api/v1/cases/{caseId}/timeline: a case's timeline through CaseService.ListCaseEvents.</summary>
public sealed class TimelineTests(PlatformFixture platform)
{
    [Fact]
    public async Task Timeline_of_a_new_case_starts_with_its_opening()
    {
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue());

        var response = await platform.Api.GetApiAsync($"/api/v1/cases/{caseId}/timeline");

        response.Status.ShouldBe(HttpStatusCode.OK, response.ToString());
        response.Json["caseId"]!.GetValue<string>().ShouldBe(caseId);
        var first = response.Json["events"]!.AsArray()[0]!;
        first["type"]!.GetValue<string>().ShouldBe("OPENED");
        first["eventId"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        first["eventTime"]!.GetValue<DateTimeOffset>().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Type_filter_selects_only_those_events()
    {
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue());

        var opened = await platform.Api.GetApiAsync($"/api/v1/cases/{caseId}/timeline?type=OPENED");
        var payments = await platform.Api.GetApiAsync($"/api/v1/cases/{caseId}/timeline?type=PAYMENT_POSTED");

        opened.Status.ShouldBe(HttpStatusCode.OK, opened.ToString());
        opened.Json["events"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()).ShouldBe(["OPENED"]);
        payments.Json["events"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Unknown_event_type_is_400_and_unknown_case_is_404()
    {
        var invalid = await platform.Api.GetApiAsync($"/api/v1/cases/{Guid.NewGuid()}/timeline?type=LUNCH");
        var missing = await platform.Api.GetApiAsync($"/api/v1/cases/{Guid.NewGuid()}/timeline");

        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.Reason.ShouldBe("INVALID_ENUM_VALUE");
        invalid.ErrorFields.ShouldBe(["type"]);
        missing.Status.ShouldBe(HttpStatusCode.NotFound, missing.ToString());
        missing.Reason.ShouldBe("CASE_NOT_FOUND");
    }
}
