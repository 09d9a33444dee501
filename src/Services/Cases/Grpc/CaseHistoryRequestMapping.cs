using CollectionsPlatform.Api;
using CollectionsPlatform.Cases.Features.CaseHistory;
using CollectionsPlatform.Cases.Mapping;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>Validates the parent and paging of a case's history lists: page size 0 → default, above the maximum
/// → the maximum, negative refused; opaque page token.</summary>
public static class CaseHistoryRequestMapping
{
    public static CaseHistoryQuery ToQuery(string parent, int pageSize, string pageToken, int defaultPageSize, int maxPageSize)
    {
        ArgumentNullException.ThrowIfNull(pageToken);
        var violations = new List<DomainException>();
        if (!ResourceNames.TryParseCase(parent, out var caseId))
            violations.Add(new DomainException("FIELD_INVALID", "The parent must be cases/{case}.", "parent"));
        if (pageSize < 0)
            violations.Add(new DomainException("FIELD_INVALID", "The page size may not be negative.", "page_size"));
        long? after = null;
        if (pageToken.Length > 0)
        {
            if (PageTokens.TryDecode(pageToken, out var key))
                after = key;
            else
                violations.Add(new DomainException("INVALID_PAGE_TOKEN", "The page token is not one this service issued.", "page_token"));
        }

        if (violations.Count > 0)
            throw CaseErrors.Invalid(violations);
        return new CaseHistoryQuery(caseId, pageSize == 0 ? defaultPageSize : Math.Min(pageSize, maxPageSize), after);
    }
}
