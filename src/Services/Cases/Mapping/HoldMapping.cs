using Collections.Cases.V1;
using CollectionsPlatform.Cases.Data;
using Google.Protobuf.WellKnownTypes;
using ProtoHold = Collections.Cases.V1.CaseHold;

namespace CollectionsPlatform.Cases.Mapping;

/// <summary>A case's stored holds → v1 <c>CaseHold</c>; the hold's reason category maps to the contract's reason.</summary>
public static class HoldMapping
{
    public static HoldReason ToProtoReason(string? reason) => (reason ?? string.Empty).ToUpperInvariant() switch
    {
        var r when r.Contains("DISPUTE", StringComparison.Ordinal) || r.Contains("NOT_OWED", StringComparison.Ordinal) => HoldReason.Dispute,
        var r when r.Contains("LEGAL", StringComparison.Ordinal) || r.Contains("INSOLVENCY", StringComparison.Ordinal) => HoldReason.Legal,
        var r when r.Contains("COMPLIANCE", StringComparison.Ordinal) => HoldReason.ComplianceReview,
        _ => HoldReason.Complaint,
    };

    public static ProtoHold ToProto(CaseHoldRecord hold)
    {
        ArgumentNullException.ThrowIfNull(hold);
        return new ProtoHold
        {
            Hold = $"holds/{hold.HoldId}",
            Reason = ToProtoReason(hold.Reason),
            Source = hold.Source,
            PlaceTime = Timestamp.FromDateTimeOffset(hold.PlacedAt),
        };
    }
}
