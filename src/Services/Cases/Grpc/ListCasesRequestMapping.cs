using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Features.ListCases;
using CollectionsPlatform.Cases.Mapping;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>Validates a ListCasesRequest: page size 0 → 50, above 500 → 500, negative refused; opaque token.</summary>
public static class ListCasesRequestMapping
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;

    public static ListCasesQuery ToQuery(ListCasesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<DomainException>();
        if (request.PageSize < 0)
            violations.Add(new DomainException("FIELD_INVALID", "The page size may not be negative.", "page_size"));
        long? after = null;
        if (request.PageToken.Length > 0)
        {
            if (PageTokens.TryDecode(request.PageToken, out var sequence))
                after = sequence;
            else
                violations.Add(new DomainException("INVALID_PAGE_TOKEN", "The page token is not one this service issued.", "page_token"));
        }

        var states = request.States.Select(EnumMapping.ToDomain).ToList();
        if (states.Any(s => s is null))
            violations.Add(new DomainException("FIELD_INVALID", "Unknown case state in the filter.", "states"));
        var buckets = request.Buckets.Select(EnumMapping.ToDomain).ToList();
        if (buckets.Any(b => b is null))
            violations.Add(new DomainException("FIELD_INVALID", "Unknown bucket in the filter.", "buckets"));
        var agent = Filter("agents", request.Agent, "agent", violations);
        var debtor = Filter("debtors", request.Debtor, "debtor", violations);
        if (violations.Count > 0)
            throw CaseErrors.Invalid(violations);
        var size = request.PageSize == 0 ? DefaultPageSize : Math.Min(request.PageSize, MaxPageSize);
        return new ListCasesQuery(size, after, [.. states.Select(s => (int)s!.Value)], [.. buckets.Select(b => (int)b!.Value)],
            request.Queue.Length == 0 ? null : request.Queue, agent, debtor,
            request.AccountReference.Length == 0 ? null : request.AccountReference);
    }

    private static string? Filter(string collection, string value, string field, List<DomainException> violations)
    {
        if (value.Length == 0)
            return null;
        var id = ResourceNames.IdIn(collection, value);
        if (id is null)
            violations.Add(new DomainException("FIELD_INVALID", $"The {field} must be {collection}/{{id}}.", field));
        return id;
    }
}
