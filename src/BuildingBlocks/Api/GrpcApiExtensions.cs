using CollectionsPlatform.Api.Database;
using Grpc.AspNetCore.HealthChecks;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CollectionsPlatform.Api;

/// <summary>The gRPC server every service runs: grpc-dotnet with our interceptors, reflection and grpc.health.v1.</summary>
public static class GrpcApiExtensions
{
    /// <summary>
    /// Adds grpc-dotnet with the transient-database interceptor, server reflection, and grpc.health.v1 reporting
    /// every registered health check for "" and for every mapped gRPC service: the same readiness as GET /health
    /// (ServiceDefaults maps every check there; the database, migration and bus checks carry no tag).
    /// </summary>
    public static IHostApplicationBuilder AddGrpcApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGrpc(options => options.Interceptors.Add<TransientDatabaseFailureInterceptor>());
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddSingleton<MappedGrpcServices>();
        builder.Services.AddOptions<GrpcHealthChecksOptions>().Configure<MappedGrpcServices>((options, mapped) =>
        {
            options.Services.Clear();
            foreach (var service in mapped.Names.Prepend(string.Empty))
            {
                options.Services.Map(service, _ => true);
            }
        });
        builder.Services.AddSingleton<DatabaseWriteTracker>();
        return builder;
    }

    /// <summary>Maps grpc.health.v1.Health and the reflection services (v1 and v1alpha); call it after the services'
    /// own MapGrpcService, so health knows every service name mapped.</summary>
    public static WebApplication MapGrpcHealthAndReflection(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.Services.GetRequiredService<MappedGrpcServices>().Names = [.. ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .Select(endpoint => endpoint.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.ServiceName)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];
        return app;
    }
}
