using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Grpc;
using CollectionsPlatform.Cases.Mapping;
using Grpc.Core;
using Google.Rpc;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class RequestMappingTests
{
    private static readonly string CaseName = ResourceNames.Case(Guid.NewGuid());

    [Fact]
    public void A_valid_payment_request_becomes_a_command()
    {
        var command = PostPaymentRequestMapping.ToCommand(new PostPaymentRequest
        {
            Parent = CaseName, PaymentId = "PAY-1", Amount = MoneyMapping.ToProto(12.34m, "CNY"),
            ValueDate = new Google.Type.Date { Year = 2026, Month = 2, Day = 28 }, Channel = PaymentChannel.Atm,
        });

        command.Amount.ShouldBe(CaseBuilder.Cny(12.34m));
        command.ValueDate.ShouldBe(new DateOnly(2026, 2, 28));
        command.Channel.ShouldBe((int)PaymentChannel.Atm);
    }

    [Fact]
    public void An_impossible_value_date_and_sub_cent_amount_are_field_violations()
    {
        var error = Should.Throw<RpcException>(() => PostPaymentRequestMapping.ToCommand(new PostPaymentRequest
        {
            Parent = CaseName, PaymentId = "PAY-1", Amount = MoneyMapping.ToProto(1.234m, "CNY"),
            ValueDate = new Google.Type.Date { Year = 2026, Month = 2, Day = 30 }, Channel = PaymentChannel.Atm,
        }));

        Fields(error).ShouldBe(["amount", "value_date"]);
    }

    [Fact]
    public void The_fingerprint_ignores_etag_and_request_id_but_not_the_content()
    {
        var first = ChangeRequestMapping.ToCommand(new AssignCaseRequest { Name = CaseName, Queue = "q1", Etag = "W/\"1\"", RequestId = "r" });
        var retry = ChangeRequestMapping.ToCommand(new AssignCaseRequest { Name = CaseName, Queue = "q1", Etag = "W/\"2\"", RequestId = "r" });
        var other = ChangeRequestMapping.ToCommand(new AssignCaseRequest { Name = CaseName, Queue = "q2", RequestId = "r" });
        var close = ChangeRequestMapping.ToCommand(new CloseCaseRequest { Name = CaseName, Reason = CloseReason.Recalled });

        retry.Fingerprint.ShouldBe(first.Fingerprint);
        other.Fingerprint.ShouldNotBe(first.Fingerprint);
        close.Fingerprint.ShouldBe(RequestKey.For("CloseCase", string.Empty, new CloseCaseRequest { Name = CaseName, Reason = CloseReason.Recalled }).Fingerprint);
        close.Reason.ShouldBe(CaseCloseReason.Recalled);
        other.Etag.ShouldBeNull();
    }

    [Fact]
    public void Close_reasons_share_their_numbers_with_the_contract()
    {
        foreach (var reason in Enum.GetValues<CaseCloseReason>())
            ((CloseReason)(int)reason).ToString().ShouldBe(reason.ToString());
    }

    [Fact]
    public void Every_timeline_kind_has_an_event_type()
    {
        foreach (var kind in Enum.GetValues<TimelineEntryKind>())
        {
            var type = CaseEventMapping.ToProto(kind);
            type.ShouldNotBe(CaseEventType.Unspecified);
            CaseEventMapping.ToDomain(type).ShouldBe(kind);
        }
    }

    private static List<string> Fields(RpcException error) =>
        [.. error.GetRpcStatus()!.Details.Where(d => d.Is(BadRequest.Descriptor)).SelectMany(d => d.Unpack<BadRequest>().FieldViolations).Select(v => v.Field)];
}
