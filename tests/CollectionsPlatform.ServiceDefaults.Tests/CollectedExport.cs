namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>One OTLP request received by <see cref="OtlpCollector"/>.</summary>
internal sealed record CollectedExport(string Path, byte[] Body);
