namespace CollectionsPlatform.Grpc.Tests;

/// <summary>What the service saw of cancellations, for tests to assert on.</summary>
public sealed class CallObserver
{
    public TaskCompletionSource<bool> ExpandCancelled { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The readiness the fixture's health check reports.</summary>
    public bool Ready { get; set; } = true;

    public TaskCompletionSource<bool> EchoCancelled { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
