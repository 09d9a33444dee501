using System.Runtime.InteropServices;

namespace CollectionsPlatform.LocalServers;

/// <summary>kill(2) for single processes and whole process groups.</summary>
public static class UnixSignals
{
    public const int Terminate = 15;
    public const int Kill = 9;
    private const int NoSuchProcess = 3;

    public static void Send(int pid, int signal)
    {
        if (pid > 0)
        {
            _ = NativeKill(pid, signal);
        }
    }

    public static void SendToGroup(int processGroupId, int signal)
    {
        if (processGroupId > 1)
        {
            _ = NativeKill(-processGroupId, signal);
        }
    }

    /// <summary>True while the process exists and is not a zombie.</summary>
    public static bool IsAlive(int pid)
    {
        if (pid <= 0 || (NativeKill(pid, 0) != 0 && Marshal.GetLastPInvokeError() == NoSuchProcess))
        {
            return false;
        }

        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..];
            return !state.StartsWith('Z') && !state.StartsWith('X');
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int NativeKill(int pid, int signal);
}
