using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Intake;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Applies a chunk's rows to the accounts' cases with the domain's <see cref="DelinquencyIntake"/>: a row
/// the domain refuses (a currency other than the case's, nothing owed on a new case, …) is rejected by line
/// and changes nothing.</summary>
public static class ChunkApplication
{
    public static IntakeChanges Apply(IReadOnlyList<IntakeRow> rows, Dictionary<string, RestoredCase> openCases, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(openCases);
        var changes = new IntakeChanges(now);
        foreach (var (row, jurisdiction) in rows)
        {
            openCases.TryGetValue(row.AccountReference, out var restored);
            try
            {
                var (applied, outcome) = DelinquencyIntake.Apply(restored?.Case, row, Guid.CreateVersion7(), now);
                if (outcome == DelinquencyUpdateOutcome.Skipped)
                    changes.Skip();
                else if (outcome == DelinquencyUpdateOutcome.Opened)
                    changes.Open(applied!, jurisdiction);
                else
                    changes.Update(restored!, outcome);
            }
            catch (DomainException refused)
            {
                changes.Rejections.Add(new RowRejection(row.LineNumber, refused.Reason, refused.Field));
            }
        }

        return changes;
    }
}
