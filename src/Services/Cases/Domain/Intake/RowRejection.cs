namespace CollectionsPlatform.Cases.Domain.Intake;

/// <summary>A row that was not taken in: its line number, a stable reason code and which column.
/// Never echoes the row's values.</summary>
public sealed record RowRejection(int LineNumber, string Reason, string? Field);
