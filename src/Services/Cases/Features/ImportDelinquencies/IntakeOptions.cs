namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>How the delinquency intake writes (configuration section <c>Cases:Intake</c>).</summary>
public sealed record IntakeOptions
{
    public const string SectionName = "Cases:Intake";

    /// <summary>Rows applied and committed per transaction.</summary>
    public int ChunkSize { get; set; } = 5_000;

    /// <summary>Chunks written concurrently, each on its own connection and transaction.</summary>
    public int Writers { get; set; } = 2;
}
