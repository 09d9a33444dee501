namespace CollectionsPlatform.Cases.Domain.Intake;

/// <summary>The rows that parsed and the rows rejected, by line.</summary>
public sealed record DelinquencyFileParse(IReadOnlyList<DelinquencyRow> Rows, IReadOnlyList<RowRejection> Rejections);
