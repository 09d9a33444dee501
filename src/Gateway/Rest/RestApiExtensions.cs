using System.Text.Json.Serialization;
using Collections.Cases.V1;
using Collections.PaymentPlans.V1;
using CollectionsPlatform.Api;
using CollectionsPlatform.Gateway.OpenApi;
using CollectionsPlatform.Gateway.Rest.Cases;
using CollectionsPlatform.Gateway.Rest.Common;
using CollectionsPlatform.Gateway.Rest.Errors;
using CollectionsPlatform.Gateway.Rest.PaymentPlans;
using CollectionsPlatform.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionsPlatform.Gateway.Rest;

/// <summary>The REST/JSON API for the web and mobile apps under /api/v1, mapped onto the services' gRPC APIs.</summary>
public static class RestApiExtensions
{
    /// <summary>Cases (<c>http://_grpc.cases</c>) and payment plans (<c>http://_grpc.paymentplans</c>) clients through
    /// service discovery (grpc-dotnet's deadlines, not the HTTP resilience handler, bound each call), camelCase JSON with enum names, problem+json errors and the OpenAPI document.</summary>
    public static IHostApplicationBuilder AddRestApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RestApiOptions>().BindConfiguration(RestApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DownstreamCalls>();
        services.AddTransient<CaseSummaryReader>();
        services.AddServiceClient<CaseService.CaseServiceClient>("cases").WithoutHttpResilience();
        services.AddServiceClient<PaymentPlanService.PaymentPlanServiceClient>("paymentplans").WithoutHttpResilience();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(EnumText.Policy, allowIntegerValues: false));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<RestExceptionHandler>();
        services.AddRestApiDocument();
        return builder;
    }

    /// <summary>Maps /api/v1/… and the OpenAPI document at /openapi/v1.json.</summary>
    public static WebApplication MapRestApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter<RpcExceptionFilter>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        api.MapGroup(string.Empty).WithTags("Cases").MapCaseEndpoints();
        api.MapGroup(string.Empty).WithTags("Payment plans").MapPaymentPlanEndpoints();
        app.MapRestApiDocument();
        return app;
    }
}
