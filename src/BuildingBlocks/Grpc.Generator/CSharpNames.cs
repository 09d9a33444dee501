using System.Text;
using Google.Protobuf.Reflection;

namespace CollectionsPlatform.Grpc.Generator;

/// <summary>The C# names protoc's C# generator gives files, namespaces and reflection classes.</summary>
public static class CSharpNames
{
    /// <summary>protobuf's UnderscoresToCamelCase: letters after '_', digits or other separators become upper case.</summary>
    public static string UnderscoresToPascalCase(string input, bool preservePeriod = false)
    {
        var result = new StringBuilder(input.Length);
        var capNext = true;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c is >= 'a' and <= 'z')
            {
                result.Append(capNext ? char.ToUpperInvariant(c) : c);
                capNext = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                result.Append(c);
                capNext = false;
            }
            else if (c is >= '0' and <= '9')
            {
                result.Append(c);
                capNext = true;
            }
            else
            {
                capNext = true;
                if (c == '.' && preservePeriod)
                {
                    result.Append('.');
                }
            }
        }

        return result.ToString();
    }

    /// <summary>"collections/cases/v1/case_service.proto" → "CaseService".</summary>
    public static string FileNameBase(FileDescriptorProto file)
    {
        var name = file.Name;
        var slash = name.LastIndexOf('/');
        if (slash >= 0)
        {
            name = name[(slash + 1)..];
        }

        if (name.EndsWith(".proto", StringComparison.Ordinal))
        {
            name = name[..^".proto".Length];
        }

        return UnderscoresToPascalCase(name);
    }

    /// <summary>The file grpc_csharp_plugin would write: "CaseServiceGrpc.cs".</summary>
    public static string ServicesFileName(FileDescriptorProto file) => FileNameBase(file) + "Grpc.cs";

    /// <summary>The C# namespace: csharp_namespace, else the package in PascalCase.</summary>
    public static string Namespace(FileDescriptorProto file) =>
        file.Options?.HasCsharpNamespace == true
            ? file.Options.CsharpNamespace
            : UnderscoresToPascalCase(file.Package, preservePeriod: true);

    /// <summary>The fully qualified reflection class, e.g. "global::Collections.Cases.V1.CaseServiceReflection".</summary>
    public static string ReflectionClass(FileDescriptorProto file)
    {
        var ns = Namespace(file);
        return "global::" + (ns.Length == 0 ? string.Empty : ns + ".") + FileNameBase(file) + "Reflection";
    }
}
