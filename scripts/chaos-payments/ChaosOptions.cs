using System.Globalization;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>
/// The run's size, from <c>--name value</c> arguments or the environment (<c>PAYMENTS</c>, <c>ROUNDS</c>, …):
/// payments per round, rounds, kills in all (spread evenly over the rounds), concurrent payment workers, the seconds
/// between kills the posting rate is paced for, demo accounts to seed, and the cap on the whole run.
/// </summary>
public sealed record ChaosOptions(int Payments, int Rounds, int Kills, int Workers, int KillIntervalSeconds, int DemoAccounts, int CapMinutes)
{
    public static ChaosOptions Parse(string[] args)
    {
        var options = new ChaosOptions(
            Read(args, "payments", 680),
            Read(args, "rounds", 2),
            Read(args, "kills", 17),
            Read(args, "workers", 4),
            Read(args, "kill-interval", 10),
            Read(args, "demo-accounts", 40),
            Read(args, "minutes", 15));
        return options is { Payments: > 0, Rounds: > 0, Workers: > 0, KillIntervalSeconds: > 0, DemoAccounts: > 0, CapMinutes: > 0 }
            ? options
            : throw new ArgumentException("payments, rounds, workers, kill-interval, demo-accounts and minutes must be at least 1");
    }

    /// <summary>The kills of round <paramref name="round"/> (1-based): the total spread, the first rounds taking the remainder.</summary>
    public int KillsInRound(int round) => (Kills / Rounds) + (round <= Kills % Rounds ? 1 : 0);

    /// <summary>Payments started per second, so that a round lasts about one kill interval per kill.</summary>
    public double PaymentsPerSecond(int round) =>
        KillsInRound(round) == 0 ? double.PositiveInfinity : Payments / (double)(KillsInRound(round) * KillIntervalSeconds);

    public override string ToString() =>
        $"{Payments} payments x {Rounds} rounds, {Kills} kills, {Workers} workers, a kill every ~{KillIntervalSeconds} s, {DemoAccounts} demo accounts, cap {CapMinutes} min";

    private static int Read(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, "--" + name);
        var text = index >= 0 && index + 1 < args.Length
            ? args[index + 1]
            : Environment.GetEnvironmentVariable(name.Replace('-', '_').ToUpperInvariant());
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"--{name} takes a whole number, not '{text}'");
    }
}
