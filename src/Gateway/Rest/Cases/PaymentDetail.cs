using Collections.Cases.V1;
using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>A payment posted from core banking.</summary>
public sealed record PaymentDetail(string PaymentId, Money? Amount, string? ValueDate, PaymentChannel Channel);
