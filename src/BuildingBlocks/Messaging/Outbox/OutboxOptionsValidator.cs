using Microsoft.Extensions.Options;

namespace CollectionsPlatform.Messaging.Outbox;

internal sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        List<string> failures = [];
        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add("Messaging:Outbox:BatchSize must be between 1 and 10000.");
        }

        foreach (var (setting, value) in new[]
                 {
                     (nameof(options.PollInterval), options.PollInterval),
                     (nameof(options.MaxBackoff), options.MaxBackoff),
                     (nameof(options.PublishTimeout), options.PublishTimeout),
                     (nameof(options.RetainDispatchedFor), options.RetainDispatchedFor),
                     (nameof(options.RetainInboxFor), options.RetainInboxFor),
                     (nameof(options.CleanupInterval), options.CleanupInterval),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"Messaging:Outbox:{setting} must be positive.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
