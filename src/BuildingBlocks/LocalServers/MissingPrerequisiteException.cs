namespace CollectionsPlatform.LocalServers;

/// <summary>A server binary is not installed; the message names the Debian package that brings it.</summary>
public sealed class MissingPrerequisiteException(string binary, string aptPackage)
    : Exception($"'{binary}' was not found. Install the Debian package '{aptPackage}': " +
                $"sudo apt-get install -y --no-install-recommends {aptPackage} (or run scripts/install-prerequisites.sh).")
{
    public string Binary { get; } = binary;

    public string AptPackage { get; } = aptPackage;
}
