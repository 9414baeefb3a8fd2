using System.Globalization;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>Formats amounts stored in minor units for shoppers: 3999 GBP -> "£39.99".</summary>
public static class Money
{
    public static string Format(long minorUnits, string currency)
    {
        var amount = (minorUnits / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);
        var sign = minorUnits < 0 ? "-" : string.Empty;
        amount = amount.TrimStart('-');
        return currency.ToUpperInvariant() switch
        {
            "GBP" => $"{sign}£{amount}",
            "USD" => $"{sign}${amount}",
            "EUR" => $"{sign}€{amount}",
            _ => $"{sign}{amount} {currency.ToUpperInvariant()}",
        };
    }
}
