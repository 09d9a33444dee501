using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Intake;
using CollectionsPlatform.Domain;
using Microsoft.Extensions.Options;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Imports a delinquency file streamed in messages: rows are cut into chunks that concurrent writers
/// commit one transaction each while the stream is still being read. One stream carries one batch id and
/// as-of date (else IMPORT_BATCH_MIXED); an account appears once per file (else ACCOUNT_DUPLICATED); a batch id
/// that completed before returns its first summary and applies nothing.</summary>
public sealed class ImportDelinquenciesHandler(
    IntakeChunkWriter chunkWriter, ImportBatchLedger ledger, IOptions<IntakeOptions> options, TimeProvider clock)
{
    private readonly IntakeOptions settings = options.Value;

    public async Task<ImportSummary> HandleAsync(IAsyncEnumerable<IntakeMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await using var stream = messages.GetAsyncEnumerator(cancellationToken);
        if (!await stream.MoveNextAsync())
            throw new DomainException("FIELD_REQUIRED", "The import stream carried no message.", "batch_id");
        var first = stream.Current;
        if (await ledger.FindAsync(first.BatchId, cancellationToken) is { } completed)
        {
            while (await stream.MoveNextAsync())
                EnsureSameBatch(first, stream.Current);
            return completed;
        }

        var now = StoredTime.Now(clock);
        var tally = new ImportTally();
        await ImportAsync(stream, first, tally, now, cancellationToken);
        var summary = tally.ToSummary(first.BatchId);
        await ledger.RecordAsync(summary, now, cancellationToken);
        return summary;
    }

    private async Task ImportAsync(
        IAsyncEnumerator<IntakeMessage> stream, IntakeMessage first, ImportTally tally, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunks = Channel.CreateBounded<List<IntakeRow>>(settings.Writers);
        var writers = Enumerable.Range(0, settings.Writers).Select(_ => WriteChunksAsync(chunks.Reader, tally, now, stop)).ToArray();
        try
        {
            await ReadChunksAsync(stream, first, chunks.Writer, tally, stop.Token);
            chunks.Writer.Complete();
        }
        catch (Exception)
        {
            chunks.Writer.TryComplete();
            await stop.CancelAsync();
            await Task.WhenAll(writers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (writers.FirstOrDefault(w => w.IsFaulted)?.Exception?.InnerException is { } writerFailure)
                ExceptionDispatchInfo.Throw(writerFailure);
            throw;
        }

        await Task.WhenAll(writers);
    }

    private async Task ReadChunksAsync(
        IAsyncEnumerator<IntakeMessage> stream, IntakeMessage first, ChannelWriter<List<IntakeRow>> chunks, ImportTally tally,
        CancellationToken cancellationToken)
    {
        var accounts = new HashSet<string>(StringComparer.Ordinal);
        var chunk = new List<IntakeRow>(settings.ChunkSize);
        var message = first;
        while (true)
        {
            EnsureSameBatch(first, message);
            tally.Receive(message.Rows.Count + message.Rejections.Count, message.Rejections);
            foreach (var row in message.Rows)
            {
                if (!accounts.Add(row.Row.AccountReference))
                {
                    tally.Reject(new RowRejection(row.Row.LineNumber, "ACCOUNT_DUPLICATED", "account_reference"));
                    continue;
                }

                chunk.Add(row);
                if (chunk.Count < settings.ChunkSize)
                    continue;
                await chunks.WriteAsync(chunk, cancellationToken);
                chunk = new List<IntakeRow>(settings.ChunkSize);
            }

            if (!await stream.MoveNextAsync())
                break;
            message = stream.Current;
        }

        if (chunk.Count > 0)
            await chunks.WriteAsync(chunk, cancellationToken);
    }

    private async Task WriteChunksAsync(ChannelReader<List<IntakeRow>> chunks, ImportTally tally, DateTimeOffset now, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var chunk in chunks.ReadAllAsync(stop.Token))
                tally.Add(await chunkWriter.WriteAsync(chunk, now, stop.Token));
        }
        catch (Exception)
        {
            await stop.CancelAsync();
            throw;
        }
    }

    private static void EnsureSameBatch(IntakeMessage first, IntakeMessage message)
    {
        if (message.BatchId != first.BatchId || message.AsOfDate != first.AsOfDate)
            throw new DomainException("IMPORT_BATCH_MIXED", "One import stream carries one batch id and one as-of date.", "batch_id");
    }
}
