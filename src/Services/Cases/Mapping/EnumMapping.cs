using CollectionsPlatform.Cases.Domain.Cases;
using ProtoBucket = Collections.Cases.V1.DelinquencyBucket;
using ProtoProduct = Collections.Cases.V1.Product;
using ProtoState = Collections.Cases.V1.CaseState;

namespace CollectionsPlatform.Cases.Mapping;

/// <summary>Explicit enum mapping between the v1 contract and the domain.</summary>
public static class EnumMapping
{
    private static readonly (ProtoProduct Proto, ProductType Domain)[] Products =
    [
        (ProtoProduct.CreditCard, ProductType.CreditCard), (ProtoProduct.PersonalLoan, ProductType.PersonalLoan),
        (ProtoProduct.AutoLoan, ProductType.AutoLoan), (ProtoProduct.Mortgage, ProductType.Mortgage),
        (ProtoProduct.Overdraft, ProductType.Overdraft), (ProtoProduct.BusinessLoan, ProductType.BusinessLoan),
    ];

    public static ProductType? ToDomain(ProtoProduct product) =>
        Products.Where(p => p.Proto == product).Select(p => (ProductType?)p.Domain).FirstOrDefault();

    public static ProtoProduct ToProto(ProductType product) => Products.First(p => p.Domain == product).Proto;

    /// <summary>The contract numbers buckets from 1 (CURRENT); the domain from 0.</summary>
    public static ProtoBucket ToProto(DelinquencyBucket bucket) => (ProtoBucket)((int)bucket + 1);

    public static DelinquencyBucket? ToDomain(ProtoBucket bucket) =>
        bucket is > ProtoBucket.Unspecified and <= ProtoBucket.M7Plus ? (DelinquencyBucket)((int)bucket - 1) : null;

    /// <summary>Case states share their numbers between contract and domain.</summary>
    public static ProtoState ToProto(CaseState state) => (ProtoState)(int)state;

    public static CaseState? ToDomain(ProtoState state) =>
        Enum.IsDefined((CaseState)(int)state) ? (CaseState)(int)state : null;
}
