using Google.Protobuf.Reflection;

namespace CollectionsPlatform.Grpc.Generator;

/// <summary>Leading comments of a file's elements, by descriptor path (6 = service, 2 = method).</summary>
public sealed class CommentMap
{
    private readonly Dictionary<string, string> _comments = new(StringComparer.Ordinal);

    public static CommentMap Build(FileDescriptorProto file)
    {
        var map = new CommentMap();
        if (file.SourceCodeInfo is null)
        {
            return map;
        }

        foreach (var location in file.SourceCodeInfo.Location)
        {
            if (location.HasLeadingComments)
            {
                map._comments[string.Join(',', location.Path)] = location.LeadingComments;
            }
        }

        return map;
    }

    public string? Get(params int[] path) => _comments.GetValueOrDefault(string.Join(',', path));
}
