using System.Runtime.CompilerServices;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Domain.Intake;
using CollectionsPlatform.Domain;
using Grpc.Core;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>The ImportDelinquencies request stream → intake messages: batch id and as-of date checked on every
/// message (a malformed one fails the call), each row checked on its own (a malformed one is rejected by line).</summary>
public static class ImportRequestMapping
{
    public const int MaxBatchIdLength = 100;

    public static async IAsyncEnumerable<IntakeMessage> ReadAsync(
        IAsyncStreamReader<ImportDelinquenciesRequest> requests, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        await foreach (var request in requests.ReadAllAsync(cancellationToken))
            yield return ToMessage(request);
    }

    public static IntakeMessage ToMessage(ImportDelinquenciesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.BatchId) || request.BatchId.Length > MaxBatchIdLength)
            throw new DomainException("FIELD_REQUIRED", $"The batch id is required (at most {MaxBatchIdLength} characters).", "batch_id");
        var asOf = AsOfDate(request.AsOfDate);
        var rows = new List<IntakeRow>(request.Rows.Count);
        var rejections = new List<RowRejection>();
        foreach (var row in request.Rows)
        {
            var (parsed, rejection) = ImportRowMapping.ToRow(row);
            if (parsed is not null)
                rows.Add(parsed);
            else
                rejections.Add(rejection!);
        }

        return new IntakeMessage(request.BatchId, asOf, rows, rejections);
    }

    private static DateOnly AsOfDate(Google.Type.Date? date)
    {
        if (date is null || date.Year is < 1 or > 9999 || date.Month is < 1 or > 12 || date.Day < 1
            || date.Day > DateTime.DaysInMonth(date.Year, date.Month))
            throw new DomainException("FIELD_REQUIRED", "The as-of date is required and must be a full calendar date.", "as_of_date");
        return new DateOnly(date.Year, date.Month, date.Day);
    }
}
