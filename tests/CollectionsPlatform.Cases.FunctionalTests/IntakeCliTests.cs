using System.Diagnostics;
using CollectionsPlatform.Testing;
using Collections.Cases.V1;
using Grpc.Core;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>tools/DelinquencyImport (its built dll) run against the Cases host: output and exit codes.</summary>
public sealed class IntakeCliTests(CasesHostFixture host)
{
    [Fact]
    public async Task The_import_tool_streams_a_file_prints_rejected_lines_and_exits_1_and_a_rerun_replays_the_summary()
    {
        var (good, bad) = (CaseRequests.NewAccount(), CaseRequests.NewAccount());
        var file = Path.Combine(Path.GetTempPath(), $"delinquency-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, [
            "account_reference,debtor_reference,product,currency,principal,interest,fees,days_past_due",
            $"{good},D-1,credit_card,CNY,2500.00,10.50,0,35",
            $"{bad},D-2,credit_card,XXX,100.00,0,0,12",
        ]);
        try
        {
            var (exitCode, output) = await RunAsync(file, "--as-of", "2026-11-23");
            var (rerunCode, rerun) = await RunAsync(file, "--as-of", "2026-11-23");

            exitCode.ShouldBe(1, output);
            output.ShouldContain("2 rows, 1 accepted, 1 rejected");
            output.ShouldContain("cases opened 1");
            output.ShouldContain("line 3: UNKNOWN_CURRENCY (currency)");
            output.ShouldNotContain(bad);
            var opened = (await host.Client.FindAsync(good))!;
            (opened.Bucket, opened.DaysPastDue).ShouldBe((DelinquencyBucket.M2, 35));
            (rerunCode, rerun).ShouldBe((1, output));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_import_tool_exits_2_when_the_call_fails()
    {
        var file = Path.Combine(Path.GetTempPath(), $"delinquency-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["account_reference,debtor_reference,product,currency,principal,interest,fees,days_past_due",
            $"{CaseRequests.NewAccount()},D-1,credit_card,CNY,10.00,0,0,3"]);
        try
        {
            var (exitCode, _) = await RunAsync(file, "--address", "http://127.0.0.1:9");

            exitCode.ShouldBe(2);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] options)
    {
        var start = new ProcessStartInfo("dotnet", [ToolDll(), file, "--address", host.GrpcAddress.GetLeftPart(UriPartial.Authority), .. options])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var tool = Process.Start(start)!;
        var output = tool.StandardOutput.ReadToEndAsync();
        var error = tool.StandardError.ReadToEndAsync();
        await tool.WaitForExitAsync();
        return (tool.ExitCode, await output + await error);
    }

    private static string ToolDll()
    {
        var dll = BuiltProject.Dll("tools/DelinquencyImport");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build tools/DelinquencyImport first.", dll);
    }
}
