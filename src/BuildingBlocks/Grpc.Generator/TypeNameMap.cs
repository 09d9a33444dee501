using Google.Protobuf.Reflection;

namespace CollectionsPlatform.Grpc.Generator;

/// <summary>Maps fully qualified proto message names (".pkg.Outer.Inner") to C# type names.</summary>
public sealed class TypeNameMap
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public static TypeNameMap Build(IEnumerable<FileDescriptorProto> files)
    {
        var map = new TypeNameMap();
        foreach (var file in files)
        {
            var protoPrefix = file.Package.Length == 0 ? "." : "." + file.Package + ".";
            var ns = CSharpNames.Namespace(file);
            var csharpPrefix = "global::" + (ns.Length == 0 ? string.Empty : ns + ".");
            foreach (var message in file.MessageType)
            {
                map.Add(message, protoPrefix, csharpPrefix);
            }
        }

        return map;
    }

    public string Resolve(string protoName) =>
        _names.TryGetValue(protoName, out var name)
            ? name
            : throw new InvalidOperationException($"Message type '{protoName}' is not defined in the request's files.");

    private void Add(DescriptorProto message, string protoPrefix, string csharpPrefix)
    {
        var csharpName = csharpPrefix + message.Name;
        _names[protoPrefix + message.Name] = csharpName;
        foreach (var nested in message.NestedType)
        {
            Add(nested, protoPrefix + message.Name + ".", csharpName + ".Types.");
        }
    }
}
