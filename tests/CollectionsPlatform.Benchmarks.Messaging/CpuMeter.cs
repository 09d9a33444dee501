using System.Diagnostics;
using System.Globalization;

namespace CollectionsPlatform.Benchmarks.Messaging;

/// <summary>
/// CPU seconds spent during a phase by this process (producers, dispatcher, consumer), by PostgreSQL
/// (every <c>postgres</c> process) and by RabbitMQ (<c>beam.smp</c>), read from /proc: where the time goes.
/// Other helpers' PostgreSQL/RabbitMQ servers on this machine are counted too, so treat them as upper bounds.
/// </summary>
internal sealed class CpuMeter
{
    private static readonly double TicksPerSecond = 100.0;

    private readonly TimeSpan self = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly double postgres = ByCommand("postgres");
    private readonly double rabbit = ByCommand("beam.smp");

    public string Report(int events)
    {
        var selfSeconds = (Process.GetCurrentProcess().TotalProcessorTime - self).TotalSeconds;
        var pg = ByCommand("postgres") - postgres;
        var mq = ByCommand("beam.smp") - rabbit;
        return FormattableString.Invariant(
            $"CPU ms/event: .NET {selfSeconds * 1000 / events:F2}, PostgreSQL {pg * 1000 / events:F2}, RabbitMQ {mq * 1000 / events:F2}");
    }

    private static double ByCommand(string command)
    {
        var total = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                if (open < 0 || close < 0 || stat[(open + 1)..close] != command)
                {
                    continue;
                }

                var fields = stat[(close + 2)..].Split(' ');
                total += (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                // the process ended meanwhile
            }
            catch (UnauthorizedAccessException)
            {
                // not ours to read
            }
        }

        return total;
    }
}
