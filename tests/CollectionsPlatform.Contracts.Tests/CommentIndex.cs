using Google.Protobuf.Reflection;

namespace CollectionsPlatform.Contracts.Tests;

/// <summary>The source locations of one .proto file that carry a leading or trailing comment.</summary>
public sealed class CommentIndex
{
    private readonly HashSet<string> commented;

    public CommentIndex(FileDescriptorProto file)
    {
        commented = (file.SourceCodeInfo?.Location ?? [])
            .Where(location => !string.IsNullOrWhiteSpace(location.LeadingComments)
                               || !string.IsNullOrWhiteSpace(location.TrailingComments))
            .Select(location => Key(location.Path))
            .ToHashSet();
    }

    /// <summary>Whether the element at this descriptor path has a comment.</summary>
    public bool HasComment(IEnumerable<int> path) => commented.Contains(Key(path));

    private static string Key(IEnumerable<int> path) => string.Join('.', path);
}
