using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>A well-formed row of the delinquency feed and the policy pack jurisdiction a new case gets.</summary>
public sealed record IntakeRow(DelinquencyRow Row, string Jurisdiction);
