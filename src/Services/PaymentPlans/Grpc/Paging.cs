using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>List paging: parent <c>cases/{case}</c> or <c>cases/-</c>, page size (0 → 50, capped at 500), opaque token.</summary>
public sealed record Paging(Guid? CaseId, int PageSize, long? AfterSequence)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static Paging Parse(string parent, int pageSize, string pageToken)
    {
        var violations = new Violations();
        Guid? caseId = null;
        if (parent != "cases/-")
        {
            if (ResourceNames.TryParseCase(parent, out var id))
                caseId = id;
            else
                violations.Add("FIELD_INVALID", "The parent must be cases/{case} or cases/-.", "parent");
        }

        if (pageSize < 0)
            violations.Add("FIELD_INVALID", "The page size may not be negative.", "page_size");
        long? after = null;
        if (pageToken.Length > 0)
        {
            if (PageTokens.TryDecode(pageToken, out var sequence))
                after = sequence;
            else
                violations.Add("INVALID_PAGE_TOKEN", "The page token is not one this service issued.", "page_token");
        }

        violations.ThrowIfAny();
        return new Paging(caseId, pageSize == 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize), after);
    }
}
