using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class DelinquencyFileParserTests
{
    [Fact]
    public void Malformed_rows_are_reported_by_line_and_reason_and_the_rest_go_in()
    {
        string[] file =
        [
            DelinquencyFileParser.Header,
            "ACC-1,DEBTOR-1,credit_card,CNY,10000.00,250.50,35.00,45",
            "ACC-2,DEBTOR-2,personal_loan,CNY,abc,0,0,10",
            "ACC-3,DEBTOR-3,credit_card,XXX,100,0,0,10",
            "ACC-4,DEBTOR-4,spaceship,CNY,100,0,0,10",
            "ACC-5,DEBTOR-5,credit_card,CNY,100.001,0,0,10",
            "ACC-6,DEBTOR-6,credit_card,CNY,100,0,0",
            "ACC-7,,credit_card,CNY,100,0,0,10",
            "ACC-8,DEBTOR-8,credit_card,CNY,-100,0,0,10",
            "ACC-9,DEBTOR-9,credit_card,CNY,100,0,0,-3",
            "ACC-1,DEBTOR-1,credit_card,CNY,1,0,0,1",
            string.Empty,
            "ACC-10,DEBTOR-10,mortgage,jpy,1500000,0,0,200",
        ];

        var parse = DelinquencyFileParser.Parse(file);

        parse.Rows.Select(r => (r.LineNumber, r.AccountReference)).ShouldBe([(2, "ACC-1"), (13, "ACC-10")]);
        parse.Rows[0].Balances.Total.ShouldBe(CaseBuilder.Cny(10_285.50m));
        parse.Rows[1].Product.ShouldBe(ProductType.Mortgage);
        parse.Rejections.Select(r => (r.LineNumber, r.Reason, r.Field)).ShouldBe(
        [
            (3, "AMOUNT_INVALID", "principal"),
            (4, "CURRENCY_UNSUPPORTED", "currency"),
            (5, "PRODUCT_UNKNOWN", "product"),
            (6, "AMOUNT_PRECISION_EXCEEDED", "principal"),
            (7, "COLUMN_COUNT_INVALID", null),
            (8, "FIELD_REQUIRED", "debtor_reference"),
            (9, "AMOUNT_INVALID", "principal"),
            (10, "DAYS_PAST_DUE_INVALID", "days_past_due"),
            (11, "ACCOUNT_DUPLICATED", "account_reference"),
        ]);
    }

    [Fact]
    public void A_file_without_the_header_is_reported_on_line_one() =>
        DelinquencyFileParser.Parse(["account,debtor"]).Rejections.ShouldBe([new RowRejection(1, "HEADER_INVALID", null)]);
}
