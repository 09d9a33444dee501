namespace CollectionsPlatform.Domain;

/// <summary>A domain rule was broken. <see cref="Reason"/> is a stable, upper-snake-case code
/// (for example <c>TERM_EXCEEDS_MAXIMUM</c>) that callers map to an error reason; the message never
/// carries personal data or amounts.</summary>
public sealed class DomainException(string reason, string message, string? field = null) : Exception(message)
{
    public string Reason { get; } = reason;

    /// <summary>The input the rule concerns (a field name such as <c>term_months</c>), when there is one.</summary>
    public string? Field { get; } = field;
}
