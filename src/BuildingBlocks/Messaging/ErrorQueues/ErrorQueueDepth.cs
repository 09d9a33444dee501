namespace CollectionsPlatform.Messaging.ErrorQueues;

/// <summary>How many faulted messages wait in <see cref="ErrorQueue"/> (the <c>_error</c> queue of <see cref="Queue"/>).</summary>
public sealed record ErrorQueueDepth(string Queue, string ErrorQueue, uint Messages);
