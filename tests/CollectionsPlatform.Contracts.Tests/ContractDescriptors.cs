using System.Reflection;
using Google.Protobuf.Reflection;

namespace CollectionsPlatform.Contracts.Tests;

/// <summary>The contracts as protoc parsed them (with comments) and as compiled into the contracts assembly.</summary>
public static class ContractDescriptors
{
    /// <summary>protos/collections/** compiled with source info at build time (embedded resource).</summary>
    public static IReadOnlyList<FileDescriptorProto> FromProtoc()
    {
        using var stream = typeof(ContractDescriptors).Assembly.GetManifestResourceStream("collections.protoset")
            ?? throw new InvalidOperationException("collections.protoset is not embedded in the test assembly");
        return FileDescriptorSet.Parser.ParseFrom(stream).File;
    }

    /// <summary>Every FileDescriptor generated into CollectionsPlatform.Contracts.Protos.</summary>
    public static IReadOnlyList<FileDescriptor> Compiled() =>
        typeof(Collections.Cases.V1.CaseService).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("Reflection", StringComparison.Ordinal))
            .Select(type => type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .ToList();
}
