using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("CNY", 2)]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    public void Supported_currencies_carry_their_iso_4217_exponent(string code, int exponent) =>
        Currency.FromCode(code).MinorUnits.ShouldBe(exponent);

    [Theory]
    [InlineData("XXX")]
    [InlineData("cny")]
    [InlineData("")]
    public void Unknown_currencies_are_rejected(string code) =>
        Should.Throw<DomainException>(() => Currency.FromCode(code)).Reason.ShouldBe("CURRENCY_UNSUPPORTED");

    [Fact]
    public void Amounts_finer_than_the_minor_unit_are_rejected()
    {
        Should.Throw<DomainException>(() => new Money(1.005m, Currency.Cny)).Reason.ShouldBe("AMOUNT_PRECISION_EXCEEDED");
        Should.Throw<DomainException>(() => new Money(1.5m, Currency.FromCode("JPY"))).Reason.ShouldBe("AMOUNT_PRECISION_EXCEEDED");
    }

    [Fact]
    public void Different_currencies_do_not_mix() =>
        Should.Throw<DomainException>(() => new Money(1m, Currency.Cny) + new Money(1m, Currency.Usd)).Reason.ShouldBe("CURRENCY_MISMATCH");

    [Fact]
    public void Rounding_is_half_away_from_zero_to_the_minor_unit()
    {
        Money.Round(2.345m, Currency.Cny).Amount.ShouldBe(2.35m);
        Money.Round(2.344m, Currency.Cny).Amount.ShouldBe(2.34m);
        Money.RoundUp(2.341m, Currency.Cny).Amount.ShouldBe(2.35m);
        Money.RoundDown(2.349m, Currency.Cny).Amount.ShouldBe(2.34m);
    }

    [Fact]
    public void Minor_units_round_trip() =>
        Money.FromMinorUnits(123_456, Currency.Cny).ShouldBe(new Money(1_234.56m, Currency.Cny));
}
