using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.DesignHost;

/// <summary>Registers every service DbContext found beside this host on Npgsql, so `dotnet ef` can build them.
/// No database is contacted when adding a migration; the connection string only picks the provider.</summary>
public static class DesignTimeContexts
{
    private const string DesignConnectionString = "Host=127.0.0.1;Database=design_time;Username=postgres";

    /// <summary>Finds DbContext types in CollectionsPlatform.*.dll next to <paramref name="hostAssemblyPath"/>.</summary>
    public static void Register(IServiceCollection services, string hostAssemblyPath)
    {
        var folder = Path.GetDirectoryName(hostAssemblyPath) ?? AppContext.BaseDirectory;
        var register = typeof(DesignTimeContexts).GetMethod(nameof(RegisterContext), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var contextType in Directory.GetFiles(folder, "CollectionsPlatform.*.dll").SelectMany(ContextTypes))
        {
            register.MakeGenericMethod(contextType).Invoke(null, [services]);
        }
    }

    private static IEnumerable<Type> ContextTypes(string assemblyPath)
    {
        Type[] types;
        try
        {
            types = Assembly.Load(AssemblyName.GetAssemblyName(assemblyPath)).GetExportedTypes();
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or ReflectionTypeLoadException)
        {
            return [];
        }

        return types.Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && t.IsSubclassOf(typeof(DbContext)));
    }

    private static void RegisterContext<TContext>(IServiceCollection services)
        where TContext : DbContext =>
        services.AddDbContext<TContext>(options => options.UseNpgsql(DesignConnectionString));
}
