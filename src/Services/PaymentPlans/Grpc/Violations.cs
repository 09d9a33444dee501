using CollectionsPlatform.Domain;
using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Mapping;
using Google.Protobuf;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>Collects every shape problem of a request before anything runs, then fails once with all of them.</summary>
public sealed class Violations
{
    private readonly List<DomainException> found = [];

    public void Add(string reason, string message, string field) => found.Add(new DomainException(reason, message, field));

    public Money? Money(Google.Type.Money? money, string field, bool required, bool positive = true)
    {
        if (money is null)
        {
            if (required)
                Add("FIELD_REQUIRED", $"The field {field} is required.", field);
            return null;
        }

        try
        {
            var value = MoneyMapping.ToDomain(money, field);
            if (positive && !value.IsPositive)
                Add("AMOUNT_NOT_POSITIVE", "The amount must be greater than zero.", field);
            else if (!positive && value.IsNegative)
                Add("AMOUNT_NOT_POSITIVE", "The amount may not be negative.", field);
            else
                return value;
        }
        catch (DomainException error)
        {
            found.Add(error);
        }

        return null;
    }

    public DateOnly? Date(Google.Type.Date? date, string field)
    {
        try
        {
            return DateMapping.ToDomain(date, field);
        }
        catch (DomainException error)
        {
            found.Add(error);
            return null;
        }
    }

    public string? RequestId(string requestId)
    {
        if (requestId.Length > 128)
            Add("FIELD_INVALID", "The request id has at most 128 characters.", "request_id");
        return requestId.Length == 0 ? null : requestId;
    }

    /// <summary>The request's replay key: its request id (checked like <see cref="RequestId"/>) and the fingerprint
    /// of <paramref name="method"/> with the request content without that id.</summary>
    public RequestKey RequestKey<T>(string method, T request, string requestId, Action<T> clearRequestId)
        where T : IMessage<T>, IDeepCloneable<T>
    {
        RequestId(requestId);
        return Api.RequestKey.For(method, request, requestId, clearRequestId);
    }

    public void ThrowIfAny()
    {
        if (found.Count > 0)
            throw PaymentPlanErrors.Invalid(found);
    }
}
