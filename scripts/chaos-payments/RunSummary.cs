namespace CollectionsPlatform.ChaosPayments;

/// <summary>The run's outcome: what was posted and killed, every answer by status, lost and doubled effects, parked
/// messages, seconds; a pass only when nothing was lost or doubled, every payment was confirmed, nothing was parked and
/// no call answered INTERNAL.</summary>
public sealed record RunSummary(
    ChaosOptions Options, IReadOnlyList<RoundVerdict> Rounds, Killer? Killer, AnswerTally Answers,
    IReadOnlyDictionary<string, int> Parked, string? Aborted, double Seconds)
{
    private const int ShownProblems = 50;

    public bool Passed =>
        Aborted is null && Rounds.Count == Options.Rounds && Rounds.All(r => r.Clean) && Answers.Internal == 0 && Parked.Values.Sum() == 0;

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine("== chaos-payments summary ==");
        Console.WriteLine($"run:        {Options}");
        foreach (var (round, number) in Rounds.Select((r, i) => (r, i + 1)))
        {
            Console.WriteLine($"round {number}:    {round.Posted} posted, {round.Confirmed} answered OK, {round.Unconfirmed} not confirmed, " +
                $"{round.InCases} in casesdb.payments, {round.InPaymentPlans} in paymentplansdb.payment_allocations, lost {round.Lost}, doubled {round.Doubled}");
        }

        Console.WriteLine($"payments:   {Rounds.Sum(r => r.Posted)} posted, lost {Rounds.Sum(r => r.Lost)}, doubled {Rounds.Sum(r => r.Doubled)}");
        Console.WriteLine($"kills:      {Killer?.Total ?? 0} ({string.Join(", ", (Killer?.KillsByTarget ?? new Dictionary<string, int>()).OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))})");
        Console.WriteLine($"answers:    {string.Join(", ", Answers.Counts.OrderByDescending(a => a.Value).Select(a => $"{a.Key} {a.Value}"))}");
        Console.WriteLine($"INTERNAL:   {Answers.Internal}");
        Console.WriteLine($"parked:     {(Parked.Count == 0 ? "none" : string.Join(", ", Parked.Select(p => $"{p.Key} {p.Value}")))}");
        Console.WriteLine($"seconds:    {Seconds:F0}");
        if (Aborted is not null)
        {
            Console.WriteLine($"aborted:    {Aborted}");
        }

        var problems = Rounds.SelectMany(r => r.Problems).ToList();
        if (problems.Count > 0)
        {
            Console.WriteLine($"discrepancies ({problems.Count}, first {ShownProblems}):");
            problems.Take(ShownProblems).ToList().ForEach(p => Console.WriteLine("  " + p));
        }

        if (Answers.Notable.Any())
        {
            Console.WriteLine("answers that were not OK (the first ones, and every INTERNAL):");
            foreach (var answer in Answers.Notable)
            {
                Console.WriteLine("  " + answer);
            }
        }

        Console.WriteLine(Passed ? "PASS: no effect lost or doubled, no INTERNAL answer" : "FAIL");
    }
}
