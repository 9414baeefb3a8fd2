using System.Globalization;
using ShopBot.Skills.Nlu;

namespace ShopBot.Skills.Skills.Pricing;

/// <summary>Typed values of the entities the pricing skills read.</summary>
internal static class PricingEntities
{
    /// <summary>The id of the first <c>product</c> entity, or null.</summary>
    public static long? ProductId(IReadOnlyList<EntityMatch>? entities) =>
        entities?.Where(e => e.TypeName == "product").Select(e => Long(Value(e))).FirstOrDefault(v => v is not null);

    /// <summary>The first <c>quantity</c> or <c>number</c> value (quantity preferred), or null.</summary>
    public static decimal? Quantity(IReadOnlyList<EntityMatch>? entities)
    {
        if (entities is null) return null;
        foreach (var type in new[] { "quantity", "number" })
            foreach (var e in entities.Where(e => e.TypeName == type))
                if (decimal.TryParse(Value(e), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        return null;
    }

    /// <summary>The ISO code of the first <c>currency</c> entity, or null.</summary>
    public static string? Currency(IReadOnlyList<EntityMatch>? entities)
    {
        var e = entities?.FirstOrDefault(x => x.TypeName == "currency");
        if (e is null) return null;
        foreach (var key in new[] { "isoCurrency", "unit", "value" })
            if (e.Resolution.TryGetValue(key, out var v) && v?.ToString() is { Length: > 0 } s) return s;
        return e.Text;
    }

    private static string? Value(EntityMatch e) => e.Resolution.TryGetValue("value", out var v) ? v?.ToString() : null;

    private static long? Long(string? s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
