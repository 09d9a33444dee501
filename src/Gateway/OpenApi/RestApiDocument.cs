using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CollectionsPlatform.Gateway.OpenApi;

/// <summary>The OpenAPI document of the REST API, served at /openapi/v1.json.</summary>
internal static class RestApiDocument
{
    public const string Name = "v1";

    public const string Description = """
        REST/JSON API of the CollectionsPlatform gateway for the web and mobile apps; each call maps onto the services' gRPC APIs.

        Conventions:
        - JSON properties are camelCase; ids in paths are the last segment of the gRPC resource names (cases/{caseId}).
        - Money is {"currencyCode": "CNY", "amount": "1234.50"}: the amount is a decimal string, exact, written with the
          currency's minor-unit digits (never a JSON number).
        - Dates are ISO-8601 dates (yyyy-MM-dd); instants are ISO-8601 UTC date-times.
        - Enum values are the proto names without their prefix, e.g. CASE_STATE_PLAN_ACTIVE is "PLAN_ACTIVE".
        - Lists page with pageSize and pageToken; nextPageToken is null on the last page.
        - Errors are application/problem+json with a stable UPPER_SNAKE `reason`, the `domain` that decided, the
          `correlationId`, `errors` (field → messages) for 400 and `violations` for precondition failures.
          gRPC statuses map as INVALID_ARGUMENT→400, NOT_FOUND→404, ALREADY_EXISTS→409, FAILED_PRECONDITION→409,
          ABORTED→412 (ETAG_MISMATCH) or 409, UNAVAILABLE→503, DEADLINE_EXCEEDED→504, UNIMPLEMENTED→501,
          INTERNAL/UNKNOWN→502.
        - X-Correlation-Id is read (or assigned), returned and forwarded to the services.
        """;

    public static IServiceCollection AddRestApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(Name, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = "CollectionsPlatform REST API", Version = "v1", Description = Description };
                return Task.CompletedTask;
            });
        });

    public static IEndpointConventionBuilder MapRestApiDocument(this WebApplication app) => app.MapOpenApi("/openapi/{documentName}.json");
}
