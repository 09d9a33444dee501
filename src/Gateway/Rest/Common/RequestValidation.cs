using CollectionsPlatform.Api;

namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>Collects field errors of a request at the edge; the first error's reason becomes the problem's reason.</summary>
internal sealed class RequestValidation
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public string? Reason { get; private set; }

    public bool IsValid => errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void Add(string field, string reason, string message)
    {
        Reason ??= reason;
        if (!errors.TryGetValue(field, out var messages))
        {
            messages = [];
            errors[field] = messages;
        }

        messages.Add(message);
    }

    public void RequireId(string field, string? id)
    {
        if (id is null)
        {
            Add(field, RestReasons.FieldRequired, "Required.");
        }
        else if (!ResourceIds.IsValid(id))
        {
            Add(field, RestReasons.InvalidResourceId, "Must be 1-64 letters, digits, '-', '_' or '.'.");
        }
    }

    /// <summary>Validates a required or optional money value and returns it as google.type.Money when valid.</summary>
    public Google.Type.Money? Money(string field, Money? money, bool required, bool positive = true)
    {
        if (money is null)
        {
            if (required)
            {
                Add(field, RestReasons.FieldRequired, "Required.");
            }

            return null;
        }

        var valid = true;
        if (!MoneyText.IsCurrencyCode(money.CurrencyCode))
        {
            Add(field + ".currencyCode", RestReasons.UnknownCurrency, "Must be a three-letter ISO 4217 code such as \"CNY\".");
            valid = false;
        }

        if (!MoneyText.TryParseAmount(money.Amount, out var amount))
        {
            Add(field + ".amount", RestReasons.AmountInvalid, "Must be a decimal string such as \"1234.50\".");
            valid = false;
        }
        else if (positive && amount <= 0)
        {
            Add(field + ".amount", RestReasons.AmountNotPositive, "Must be greater than zero.");
            valid = false;
        }

        return valid ? MoneyMapping.ToProto(amount, money.CurrencyCode) : null;
    }

    public Google.Type.Date? Date(string field, string? text, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                Add(field, RestReasons.FieldRequired, "Required.");
            }

            return null;
        }

        if (!ProtoValues.TryParseDate(text, out var date))
        {
            Add(field, RestReasons.DateInvalid, "Must be an ISO-8601 date, yyyy-MM-dd.");
            return null;
        }

        return ProtoValues.ToProtoDate(date);
    }

    /// <summary>An optional idempotency key; a new one is made when absent.</summary>
    public string RequestId(string field, string? requestId)
    {
        if (requestId is null)
        {
            return Guid.NewGuid().ToString("D");
        }

        if (requestId.Length is 0 or > 64 || !requestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            Add(field, RestReasons.RequestIdInvalid, "Must be 1-64 letters, digits, '-' or '_'.");
        }

        return requestId;
    }
}
