using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain.Affordability;
using Google.Protobuf.WellKnownTypes;
using V1 = Collections.PaymentPlans.V1;

namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>Stored assessment → v1 <c>AffordabilityAssessment</c>.</summary>
public static class AssessmentMapping
{
    public static V1.AffordabilityAssessment ToProto(AssessmentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var proto = new V1.AffordabilityAssessment
        {
            Name = ResourceNames.Child(record.CaseId, ResourceCollections.Assessments, record.Id),
            MonthlyIncome = MoneyMapping.ToProto(record.MonthlyIncome, record.Currency),
            FixedExpenses = MoneyMapping.ToProto(record.FixedExpenses, record.Currency),
            OtherDebtService = MoneyMapping.ToProto(record.OtherDebtService, record.Currency),
            DisposableIncome = MoneyMapping.ToProto(record.DisposableIncome, record.Currency),
            AffordableShareBps = record.AffordableShareBps,
            MaxInstalment = MoneyMapping.ToProto(record.MaxInstalment, record.Currency),
            Assessor = record.AssessorId is null ? string.Empty : $"agents/{record.AssessorId}",
            CreateTime = Timestamp.FromDateTimeOffset(record.CreatedAt),
        };
        proto.Evidence.AddRange(record.Evidence.OrderBy(e => e.Position).Select(e => new V1.Evidence
        {
            DocumentId = e.DocumentId,
            Type = EnumMapping.ToProto((EvidenceType)e.Type),
            DocumentDate = DateMapping.ToProto(e.DocumentDate),
        }));
        return proto;
    }
}
