using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>What is owed on a case, each in the case currency.</summary>
public sealed record CaseBalances(Money? Principal, Money? Interest, Money? Fees, Money? Total);
