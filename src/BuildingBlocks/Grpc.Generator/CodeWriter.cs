using System.Text;

namespace CollectionsPlatform.Grpc.Generator;

/// <summary>A string builder that indents by two spaces per level, like protoc's C# output.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 2);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes a proto comment as an XML doc summary.</summary>
    public CodeWriter Summary(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return this;
        }

        Line("/// <summary>");
        foreach (var line in comment.TrimEnd().Split('\n'))
        {
            var escaped = line.TrimEnd().Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
            Line("///" + (escaped.Length > 0 && escaped[0] != ' ' ? " " : string.Empty) + escaped);
        }

        return Line("/// </summary>");
    }

    public override string ToString() => _builder.ToString();
}
