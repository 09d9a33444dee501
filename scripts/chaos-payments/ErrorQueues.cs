using System.Diagnostics;
using System.Globalization;
using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>The messages parked in the broker's <c>*_error</c> queues (dead-lettered after the consumers' retries),
/// read with <c>rabbitmqctl list_queues</c> against the run's node.</summary>
public static class ErrorQueues
{
    public static async Task<IReadOnlyDictionary<string, int>> ParkedAsync(RabbitMq node, CancellationToken cancellationToken)
    {
        var ctl = node.Ctl(["list_queues", "name", "messages"]);
        var start = new ProcessStartInfo(ctl.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ctl.WorkingDirectory };
        foreach (var argument in ctl.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in ctl.Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl list_queues failed ({process.ExitCode}): {errors.Trim()}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 2 && fields[0].EndsWith("_error", StringComparison.Ordinal))
            .ToDictionary(fields => fields[0], fields => int.Parse(fields[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
