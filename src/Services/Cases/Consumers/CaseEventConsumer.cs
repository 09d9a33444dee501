using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Domain;
using CollectionsPlatform.Messaging.Inbox;
using MassTransit;

namespace CollectionsPlatform.Cases.Consumers;

/// <summary>Applies another service's event to the case it names, exactly once (inbox): the case's changes, timeline
/// and the events they raise commit with the inbox row. A case this service does not know is an error (retried,
/// then the error queue); a change the case refuses (finished case, another plan, an unknown hold) is logged
/// by reason code and acknowledged, since redelivery cannot change the answer.</summary>
public abstract class CaseEventConsumer<TMessage>(CasesDbContext dbContext, CaseStore store, ILogger logger)
    : IdempotentConsumer<TMessage, CasesDbContext>(dbContext)
    where TMessage : class
{
    protected abstract Guid CaseIdOf(TMessage message);

    protected abstract void Apply(CollectionCase collectionCase, TMessage message);

    protected override async Task HandleAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caseId = CaseIdOf(context.Message);
        var stored = await store.FindAsync(caseId, cancellationToken)
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} names case {caseId}, which this service does not know.");
        try
        {
            Apply(stored.Case, context.Message);
        }
        catch (DomainException refusal)
        {
            logger.CaseEventRefused(typeof(TMessage).Name, caseId, refusal.Reason);
            return;
        }

        store.Stage(stored);
    }
}
