using System.Collections.Concurrent;
using System.Text.Json;

namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>How an event is stored in <c>outbox_messages</c>: a version-free type name and JSON.</summary>
internal static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<string, Type> ResolvedTypes = new(StringComparer.Ordinal);

    public static string TypeNameOf(Type eventType) =>
        $"{eventType.FullName}, {eventType.Assembly.GetName().Name}";

    public static string Serialize(object integrationEvent, Type eventType) =>
        JsonSerializer.Serialize(integrationEvent, eventType, Options);

    public static Type ResolveType(string typeName) =>
        ResolvedTypes.GetOrAdd(typeName, static name => Type.GetType(name, throwOnError: false)
            ?? throw new InvalidOperationException($"Integration event type '{name}' is not loaded in this process."));

    public static object Deserialize(string body, Type eventType) =>
        JsonSerializer.Deserialize(body, eventType, Options)
        ?? throw new InvalidOperationException($"Outbox body of '{eventType.FullName}' deserialized to null.");
}
