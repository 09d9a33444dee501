using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Features.CreateCase;
using CollectionsPlatform.Cases.Mapping;
using Google.Protobuf;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>Validates a CreateCaseRequest and turns it into a command, collecting every violation.</summary>
public static class CreateCaseRequestMapping
{
    public static CreateCaseCommand ToCommand(CreateCaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<DomainException>();
        var input = request.Case ?? new Case();
        if (request.Case is null)
            violations.Add(new DomainException("FIELD_REQUIRED", "The case is required.", "case"));
        var account = Required(input.AccountReference, "case.account_reference", violations);
        var debtor = ResourceNames.IdIn("debtors", input.Debtor);
        if (debtor is null)
            violations.Add(new DomainException("FIELD_INVALID", "The debtor must be a name of the form debtors/{debtor}.", "case.debtor"));
        var product = EnumMapping.ToDomain(input.Product);
        if (product is null)
            violations.Add(new DomainException("FIELD_REQUIRED", "The product is required.", "case.product"));
        if (!Jurisdictions.IsSupported(input.Jurisdiction))
            violations.Add(new DomainException("FIELD_INVALID", "The jurisdiction must be CN or US.", "case.jurisdiction"));
        if (input.DaysPastDue < 1)
            violations.Add(new DomainException("ACCOUNT_NOT_DELINQUENT", "A case is opened only for an account past due.", "case.days_past_due"));
        var balances = Balances(input, violations);
        if (request.RequestId.Length > 128)
            violations.Add(new DomainException("FIELD_INVALID", "The request id has at most 128 characters.", "request_id"));
        if (violations.Count > 0)
            throw CaseErrors.Invalid(violations);
        var queue = string.IsNullOrWhiteSpace(input.Assignment?.Queue) ? null : input.Assignment.Queue;
        var agent = ResourceNames.IdIn("agents", input.Assignment?.Agent);
        var assignment = queue is null && agent is null ? null : new CaseAssignment(queue ?? CollectionCase.DefaultQueue, agent);
        return new CreateCaseCommand(account!, debtor!, product!.Value, balances!, input.DaysPastDue, input.Jurisdiction, assignment,
            request.RequestId.Length == 0 ? null : request.RequestId,
            RequestKey.For("CreateCase", request.RequestId, input).Fingerprint);
    }

    private static CaseBalances? Balances(Case input, List<DomainException> violations)
    {
        if (input.Balances is null)
        {
            violations.Add(new DomainException("FIELD_REQUIRED", "The balances are required.", "case.balances"));
            return null;
        }

        var parts = new[] { (input.Balances.Principal, "principal"), (input.Balances.Interest, "interest"), (input.Balances.Fees, "fees") };
        var amounts = new Money?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var (money, field) = parts[i];
            if (money is null && i > 0)
                continue;
            try
            {
                amounts[i] = MoneyMapping.ToDomain(money, $"case.balances.{field}");
                if (amounts[i] is { IsNegative: true })
                    violations.Add(new DomainException("AMOUNT_NEGATIVE", "Balances may not be negative.", $"case.balances.{field}"));
            }
            catch (DomainException error)
            {
                violations.Add(error);
            }
        }

        if (violations.Count > 0 || amounts[0] is not { } principal)
            return null;
        var currency = principal.Currency;
        if (amounts.Any(a => a is { } value && value.Currency != currency) || (input.CurrencyCode.Length > 0 && input.CurrencyCode != currency.Code))
        {
            violations.Add(new DomainException("CURRENCY_MISMATCH", "Every amount of a case is in the case currency.", "case.currency_code"));
            return null;
        }

        var interest = amounts[1] ?? Money.Zero(currency);
        var fees = amounts[2] ?? Money.Zero(currency);
        var balances = new CaseBalances(principal, interest, fees);
        if (!balances.Total.IsPositive)
            violations.Add(new DomainException("AMOUNT_NOT_POSITIVE", "A case is opened only for an amount owed.", "case.balances"));
        return balances;
    }

    private static string? Required(string value, string field, List<DomainException> violations)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64)
        {
            violations.Add(new DomainException("FIELD_REQUIRED", $"The field {field} is required (at most 64 characters).", field));
            return null;
        }

        return value;
    }
}
