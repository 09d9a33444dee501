namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Decimal arithmetic that <see cref="Math"/> only offers for floating point.</summary>
public static class DecimalMath
{
    /// <summary>x^n for a non-negative whole exponent, by repeated squaring, in decimal.</summary>
    public static decimal Pow(decimal x, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var result = 1m;
        var factor = x;
        while (n > 0)
        {
            if ((n & 1) == 1)
                result *= factor;
            n >>= 1;
            if (n > 0)
                factor *= factor;
        }

        return result;
    }

    /// <summary>The annuity payment P·r / (1 − (1 + r)^−n); P / n when r = 0. Not rounded.</summary>
    public static decimal AnnuityPayment(decimal principal, decimal rate, int n) => rate == 0m
        ? principal / n
        : principal * rate / (1m - (1m / Pow(1m + rate, n)));
}
