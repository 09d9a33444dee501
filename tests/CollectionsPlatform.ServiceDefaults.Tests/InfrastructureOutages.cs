namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>Tests that stop shared servers, or must not see them stopped, run one after another in this collection.</summary>
public static class InfrastructureOutages
{
    public const string Name = "infrastructure outages";
}
