using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CollectionsPlatform.ServiceDefaults.Telemetry;

/// <summary>Puts <see cref="ServerSpanTaggingMiddleware"/> first in every pipeline.</summary>
internal sealed class ServerSpanTaggingStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<ServerSpanTaggingMiddleware>();
        next(app);
    };
}
