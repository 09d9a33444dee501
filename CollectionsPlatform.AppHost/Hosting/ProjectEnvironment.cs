using System.Globalization;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>Aspire's environment contract for a project: endpoints, connection strings, discovery, telemetry.</summary>
internal static class ProjectEnvironment
{
    public static Dictionary<string, string> For(ProjectResource project, AppHostContext context)
    {
        var env = new Dictionary<string, string>
        {
            [Orchestration.ProcessTable.MarkerVariable] = context.StateFolder(project.Name),
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Kestrel__Endpoints__http__Url"] = project.HttpUrl,
            ["Kestrel__Endpoints__grpc__Url"] = project.GrpcUrl,
            ["Kestrel__Endpoints__grpc__Protocols"] = "Http2",
            ["OTEL_SERVICE_NAME"] = project.Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={project.InstanceId}",
        };
        if (!string.IsNullOrWhiteSpace(context.Options.OtlpEndpoint))
        {
            env["OTEL_EXPORTER_OTLP_ENDPOINT"] = context.Options.OtlpEndpoint;
            env["OTEL_EXPORTER_OTLP_PROTOCOL"] = context.Options.OtlpProtocol;
        }

        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case ProjectResource service:
                    env[$"services__{service.Name}__http__0"] = service.HttpUrl;
                    env[$"services__{service.Name}__grpc__0"] = service.GrpcUrl;
                    break;
                case IResourceWithConnectionString resource:
                    env[$"ConnectionStrings__{resource.Name}"] = resource.ConnectionString;
                    break;
                default:
                    throw new InvalidOperationException($"{project.Name} cannot reference {reference.Name}.");
            }
        }

        return env;
    }

    public static string Url(int port) => "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
}
