using Grpc.Net.Client;
using System.Security.Cryptography;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Domain.Intake;
using CollectionsPlatform.DelinquencyImport;
using Grpc.Core;

// Exit codes: 0 every row went in, 1 rows were rejected (listed), 2 the call failed or the arguments are unusable.
var (arguments, error) = ImportArguments.Parse(args, Environment.GetEnvironmentVariable);
if (arguments is null)
{
    Console.Error.WriteLine($"{error}\n{ImportArguments.Usage}");
    return 2;
}

if (!File.Exists(arguments.File))
{
    Console.Error.WriteLine($"no such file: {arguments.File}");
    return 2;
}

var parsed = DelinquencyFileParser.Parse(File.ReadLines(arguments.File));
var batchId = arguments.BatchId ?? DefaultBatchId(arguments.File, arguments.AsOfDate);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
using var channel = GrpcChannel.ForAddress(arguments.Address);
try
{
    var response = await DelinquencyFileUpload.SendAsync(
        new CaseService.CaseServiceClient(channel), parsed.Rows, batchId, arguments.AsOfDate, arguments.Jurisdiction, cancel.Token);
    return ImportReport.Print(Console.Out, response, parsed.Rejections);
}
catch (RpcException failed)
{
    Console.Error.WriteLine($"import failed: {failed.StatusCode} {failed.Status.Detail}");
    return 2;
}
catch (HttpRequestException failed)
{
    Console.Error.WriteLine($"import failed: {failed.Message}");
    return 2;
}

// The same file on the same as-of date gets the same batch id, so re-running it replays the first summary.
static string DefaultBatchId(string file, DateOnly asOf)
{
    using var content = File.OpenRead(file);
    var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
    var name = Path.GetFileNameWithoutExtension(file);
    return $"{(name.Length > 60 ? name[..60] : name)}-{asOf:yyyyMMdd}-{hash}";
}
