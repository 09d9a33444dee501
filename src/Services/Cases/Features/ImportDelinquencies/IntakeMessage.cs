using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>One message of an import stream: its batch id and as-of date, the rows that are well formed and
/// the rows already rejected by line.</summary>
public sealed record IntakeMessage(string BatchId, DateOnly AsOfDate, IReadOnlyList<IntakeRow> Rows, IReadOnlyList<RowRejection> Rejections);
