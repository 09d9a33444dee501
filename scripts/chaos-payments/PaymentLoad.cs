using System.Collections.Concurrent;
using System.Diagnostics;
using Collections.Cases.V1;
using Grpc.Core;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>
/// One round of payments through the gateway: <c>workers</c> concurrent callers, started at a steady pace, each payment
/// with its own payment id. A call that fails for a transient reason (UNAVAILABLE, DEADLINE_EXCEEDED, UNKNOWN, INTERNAL,
/// ABORTED, RESOURCE_EXHAUSTED, CANCELLED, a transport error) is repeated with the same payment id, which the service
/// treats as the same posting, until it answers OK or the payment's time budget runs out. Every answer is counted.
/// A payment also waits until <c>mayStart</c> lets its index go (the killer holds the load back when it lags).
/// </summary>
public sealed class PaymentLoad(CaseService.CaseServiceClient cases, AnswerTally tally, Func<int, bool> mayStart)
{
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PaymentBudget = TimeSpan.FromMinutes(3);

    private static readonly StatusCode[] Transient =
        [StatusCode.Unavailable, StatusCode.DeadlineExceeded, StatusCode.Unknown, StatusCode.Internal, StatusCode.Aborted, StatusCode.ResourceExhausted, StatusCode.Cancelled];

    private int completed;

    /// <summary>Payments answered (OK, refused or given up) so far in this round.</summary>
    public int Completed => Volatile.Read(ref completed);

    /// <summary>Posts <paramref name="payments"/> and returns each payment's final outcome by payment id.</summary>
    public async Task<IReadOnlyDictionary<PlannedPayment, string>> RunAsync(
        IReadOnlyList<PlannedPayment> payments, int workers, double perSecond, CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentDictionary<PlannedPayment, string>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < payments.Count && !cancellationToken.IsCancellationRequested)
                {
                    var due = TimeSpan.FromSeconds(index / perSecond) - clock.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due, cancellationToken);
                    }

                    while (!mayStart(index))
                    {
                        await Task.Delay(50, cancellationToken);
                    }

                    outcomes[payments[index]] = await PostAsync(payments[index], cancellationToken);
                    Interlocked.Increment(ref completed);
                }
            },
            cancellationToken));
        await Task.WhenAll(callers);
        return outcomes;
    }

    private async Task<string> PostAsync(PlannedPayment payment, CancellationToken cancellationToken)
    {
        var request = payment.Request();
        var budget = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            string status;
            try
            {
                await cases.PostPaymentAsync(request, deadline: DateTime.UtcNow.Add(CallDeadline), cancellationToken: cancellationToken);
                tally.Count("OK", payment.PaymentId, string.Empty);
                return "OK";
            }
            catch (RpcException error) when (!cancellationToken.IsCancellationRequested)
            {
                status = error.StatusCode.ToString();
                tally.Count(status, payment.PaymentId, error.Status.Detail);
                if (!Transient.Contains(error.StatusCode))
                {
                    return status;
                }
            }
            catch (HttpRequestException error) when (!cancellationToken.IsCancellationRequested)
            {
                status = "transport error";
                tally.Count(status, payment.PaymentId, error.Message);
            }

            if (budget.Elapsed > PaymentBudget)
            {
                return "gave up after " + status;
            }

            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 2000));
        }
    }
}
