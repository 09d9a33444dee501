using System.Globalization;
using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.Testing;

/// <summary>
/// A temp folder per fixture, stamped with the owning test process id. Folders whose owner died
/// (a test run killed mid-way) are swept on the next start: their servers killed, the folder deleted.
/// </summary>
public static class TestStateRoot
{
    private const string Prefix = "collections-tests-";
    private const string OwnerFile = "owner.pid";

    public static string Create()
    {
        var root = Directory.CreateTempSubdirectory(Prefix).FullName;
        File.WriteAllText(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return root;
    }

    public static void SweepAbandoned()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var ownerFile = Path.Combine(folder, OwnerFile);
            var owner = File.Exists(ownerFile) ? File.ReadAllText(ownerFile).Trim() : null;
            var alive = int.TryParse(owner, out var pid) && UnixSignals.IsAlive(pid);
            var young = owner is null && Directory.GetCreationTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-10);
            if (alive || young)
            {
                continue;
            }

            ProcessTable.KillUnder(folder);
            Delete(folder);
        }
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a server still closing a file; the next sweep removes it
        }
    }
}
