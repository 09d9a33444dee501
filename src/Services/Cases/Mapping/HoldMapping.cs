using Collections.Cases.V1;
using CollectionsPlatform.Cases.Data;
using Google.Protobuf.WellKnownTypes;
using ProtoHold = Collections.Cases.V1.CaseHold;

namespace CollectionsPlatform.Cases.Mapping;

/// <summary>A case's stored hold → v1 <c>CaseHold</c>; the hold's reason category maps to the contract's reason.</summary>
public static class HoldMapping
{
    public static HoldReason ToProtoReason(string? reason) => (reason ?? string.Empty).ToUpperInvariant() switch
    {
        var r when r.Contains("DISPUTE", StringComparison.Ordinal) || r.Contains("NOT_OWED", StringComparison.Ordinal) => HoldReason.Dispute,
        var r when r.Contains("LEGAL", StringComparison.Ordinal) || r.Contains("INSOLVENCY", StringComparison.Ordinal) => HoldReason.Legal,
        var r when r.Contains("COMPLIANCE", StringComparison.Ordinal) => HoldReason.ComplianceReview,
        _ => HoldReason.Complaint,
    };

    public static ProtoHold? ToProto(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.HoldId is null
            ? null
            : new ProtoHold
            {
                Hold = $"holds/{record.HoldId}",
                Reason = ToProtoReason(record.HoldReason),
                Source = record.HoldSource ?? string.Empty,
                PlaceTime = Timestamp.FromDateTimeOffset(record.HoldPlacedAt ?? record.UpdatedAt),
            };
    }
}
