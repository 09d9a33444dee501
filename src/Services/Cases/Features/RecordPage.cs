namespace CollectionsPlatform.Cases.Features;

/// <summary>One page of rows and the key to continue after, if there are more.</summary>
public sealed record RecordPage<T>(IReadOnlyList<T> Items, long? NextAfter)
{
    /// <summary>From a query that fetched one row more than <paramref name="pageSize"/>.</summary>
    public static RecordPage<T> From(IReadOnlyList<T> fetched, int pageSize, Func<T, long> key)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(key);
        return fetched.Count > pageSize
            ? new RecordPage<T>([.. fetched.Take(pageSize)], key(fetched[pageSize - 1]))
            : new RecordPage<T>(fetched, null);
    }
}
