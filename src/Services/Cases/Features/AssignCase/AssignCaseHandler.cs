using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Features.Requests;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Features.AssignCase;

/// <summary>Assigns a case that is still being collected; a stale etag is ETAG_MISMATCH, a finished case CASE_CLOSED.</summary>
public sealed class AssignCaseHandler(CaseStore store, CaseRequestReplay requests, TimeProvider clock)
{
    public async Task<CaseRecord> HandleAsync(AssignCaseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await requests.FindAsync(command.RequestId, command.Fingerprint, cancellationToken) is { } replayed)
            return replayed;
        var stored = await store.LoadAsync(command.CaseId, cancellationToken);
        CaseEtags.Require(stored, command.Etag);
        if (CaseStateMachine.IsFinished(stored.Case.State))
            throw new DomainException("CASE_FINISHED", "The case is closed.");
        var now = StoredTime.Now(clock);
        stored.Case.Assign(command.Assignment, now);
        requests.Remember(command.RequestId, command.Fingerprint, command.CaseId, now);
        await store.SaveAsync(stored, cancellationToken);
        return stored.Record;
    }
}
