using System.Diagnostics;

namespace CollectionsPlatform.LocalServers;

/// <summary>Running a server as its own system user (PostgreSQL refuses root) and giving it its folder.</summary>
public static class OsUsers
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The prefix that runs a command as <paramref name="user"/> when we are root; empty otherwise.</summary>
    public static string[] AsUser(string user) =>
        IsRoot ? ["setpriv", $"--reuid={user}", $"--regid={user}", "--init-groups", "--"] : [];

    /// <summary>When root: lets <paramref name="user"/> reach the folder (o+x on every ancestor) and gives it the folder.</summary>
    public static void GiveTo(string user, string directory)
    {
        if (!IsRoot)
        {
            return;
        }

        for (var dir = new DirectoryInfo(directory).Parent; dir is not null; dir = dir.Parent)
        {
            if ((dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                dir.UnixFileMode |= UnixFileMode.OtherExecute;
            }
        }

        using var chown = Process.Start(new ProcessStartInfo("chown", ["-R", $"{user}:{user}", directory]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("chown did not start");
        var error = chown.StandardError.ReadToEnd();
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"could not give {directory} to the {user} user: {error}");
        }
    }
}
