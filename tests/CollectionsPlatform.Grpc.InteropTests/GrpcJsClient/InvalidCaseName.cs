using System.Text.Json;

namespace CollectionsPlatform.Grpc.InteropTests.GrpcJsClient;

/// <summary>What grpc-js sees when CaseService.GetCase gets a name that is not cases/{case}.</summary>
internal static class InvalidCaseName
{
    public static void ShouldBeAnswered(JsonElement outcome)
    {
        var error = outcome.GetProperty("error");
        error.GetProperty("code").GetInt32().ShouldBe(3);
        var status = error.GetProperty("statusDetails");
        status.GetProperty("code").GetInt32().ShouldBe(3);
        var details = status.GetProperty("details").EnumerateArray().ToList();
        details.Select(d => d.GetProperty("type").GetString()).ShouldBe(["google.rpc.ErrorInfo", "google.rpc.BadRequest"]);
        details[0].GetProperty("value").GetProperty("reason").GetString().ShouldBe("FIELD_INVALID");
        details[0].GetProperty("value").GetProperty("domain").GetString().ShouldBe("collections.cases.v1");
        details[1].GetProperty("value").GetProperty("field_violations")[0].GetProperty("field").GetString().ShouldBe("name");
    }
}
