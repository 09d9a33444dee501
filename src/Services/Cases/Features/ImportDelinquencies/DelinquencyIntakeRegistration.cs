using CollectionsPlatform.Cases.Features.ImportDelinquencies;

namespace CollectionsPlatform.Cases;

/// <summary>Wires the delinquency intake (ImportDelinquencies); in the service's root namespace, beside AddCases.</summary>
public static class DelinquencyIntakeRegistration
{
    public static IServiceCollection AddDelinquencyIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName)
            .Validate(o => o.ChunkSize is > 0 and <= 50_000 && o.Writers is > 0 and <= 8, "Cases:Intake needs ChunkSize 1–50000 and Writers 1–8.")
            .ValidateOnStart();
        services.AddSingleton<IntakeChunkWriter>();
        services.AddSingleton<ImportBatchLedger>();
        services.AddScoped<ImportDelinquenciesHandler>();
        return services;
    }
}
