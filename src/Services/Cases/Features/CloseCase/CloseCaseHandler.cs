using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Features.Requests;

namespace CollectionsPlatform.Cases.Features.CloseCase;

/// <summary>Closes a case (domain rules: settled and written off have their own states, a finished case is
/// CASE_CLOSED); CaseStateChanged and CaseClosed go out through the outbox with the change.</summary>
public sealed class CloseCaseHandler(CaseStore store, CaseRequestReplay requests, TimeProvider clock)
{
    public async Task<CaseRecord> HandleAsync(CloseCaseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await requests.FindAsync(command.RequestId, command.Fingerprint, cancellationToken) is { } replayed)
            return replayed;
        var stored = await store.LoadAsync(command.CaseId, cancellationToken);
        CaseEtags.Require(stored, command.Etag);
        var now = StoredTime.Now(clock);
        stored.Case.Close(command.Reason, now);
        requests.Remember(command.RequestId, command.Fingerprint, command.CaseId, now);
        await store.SaveAsync(stored, cancellationToken);
        return stored.Record;
    }
}
