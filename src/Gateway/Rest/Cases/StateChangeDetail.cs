using Collections.Cases.V1;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>A move between case states with its stable reason code.</summary>
public sealed record StateChangeDetail(CaseState FromState, CaseState ToState, string Reason);
