using Grpc.Net.Client;
using System.Diagnostics;
using Collections.Cases.V1;
using Grpc.Core;
using Npgsql;

namespace CollectionsPlatform.Benchmarks.Intake;

/// <summary>Streams the portfolio through ImportDelinquencies, then waits until the outbox has published every
/// event to RabbitMQ: seconds to committed (the summary came back) and to drained (events out).</summary>
public static class IntakeRun
{
    private const int RowsPerMessage = 2_000;

    public static async Task<(ImportDelinquenciesResponse Summary, double CommittedSeconds, double DrainedSeconds, long Events)> RunAsync(
        string grpcAddress, string database, IReadOnlyList<DelinquencyRow> rows)
    {
        using var channel = GrpcChannel.ForAddress(grpcAddress);
        var client = new CaseService.CaseServiceClient(channel);
        var clock = Stopwatch.StartNew();
        using var call = client.ImportDelinquencies();
        for (var offset = 0; offset < rows.Count; offset += RowsPerMessage)
        {
            var message = new ImportDelinquenciesRequest
            {
                BatchId = $"bench-{rows.Count}",
                AsOfDate = new Google.Type.Date { Year = 2026, Month = 11, Day = 23 },
            };
            message.Rows.AddRange(rows.Skip(offset).Take(RowsPerMessage));
            await call.RequestStream.WriteAsync(message);
        }

        await call.RequestStream.CompleteAsync();
        var summary = await call.ResponseAsync;
        var committed = clock.Elapsed.TotalSeconds;
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        long pending;
        do
        {
            await Task.Delay(100);
            await using var count = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL", connection);
            pending = (long)(await count.ExecuteScalarAsync())!;
        }
        while (pending > 0);
        var drained = clock.Elapsed.TotalSeconds;
        await using var total = new NpgsqlCommand("SELECT count(*) FROM outbox_messages", connection);
        return (summary, committed, drained, (long)(await total.ExecuteScalarAsync())!);
    }
}
