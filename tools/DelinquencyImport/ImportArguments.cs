using System.Globalization;

namespace CollectionsPlatform.DelinquencyImport;

/// <summary>The command line: the file, where to send it, the batch id, the as-of date and the jurisdiction of new cases.</summary>
public sealed record ImportArguments(string File, Uri Address, string? BatchId, DateOnly AsOfDate, string Jurisdiction)
{
    public const string Usage =
        "usage: DelinquencyImport <file.csv> [--address http://127.0.0.1:PORT] [--batch-id ID] [--as-of YYYY-MM-DD] [--jurisdiction CN|US]";

    /// <summary>Parses the arguments; the address defaults to the gateway's gRPC endpoint (services__gateway__grpc__0),
    /// then the Cases service's (services__cases__grpc__0). Null with an error message when they are unusable.</summary>
    public static (ImportArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        string? file = null, address = null, batchId = null, asOf = null, jurisdiction = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--address": address = value; i++; break;
                case "--batch-id": batchId = value; i++; break;
                case "--as-of": asOf = value; i++; break;
                case "--jurisdiction": jurisdiction = value; i++; break;
                case var other when other.StartsWith("--", StringComparison.Ordinal): return (null, $"unknown option {other}");
                default: file ??= args[i]; break;
            }
        }

        address ??= environment("services__gateway__grpc__0") ?? environment("services__cases__grpc__0");
        if (file is null)
            return (null, "the file is required");
        if (address is null || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
            return (null, "no address: pass --address or set services__gateway__grpc__0");
        var date = DateOnly.FromDateTime(DateTime.UtcNow);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return (null, "--as-of must be YYYY-MM-DD");
        return (new ImportArguments(file, uri, batchId, date, jurisdiction ?? "CN"), null);
    }
}
