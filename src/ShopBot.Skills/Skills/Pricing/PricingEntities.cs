using System.Collections;
using System.Globalization;
using System.Text.Json;
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

    /// <summary>
    /// The ISO code of the first <c>currency</c> entity (its <c>isoCurrency</c>, else its unit name mapped to a code),
    /// or null when there is none. An unmapped unit is returned as written so the caller can say it is not quoted.
    /// </summary>
    public static string? Currency(IReadOnlyList<EntityMatch>? entities)
    {
        var e = entities?.FirstOrDefault(x => x.TypeName == "currency");
        if (e is null) return null;
        if (e.Resolution.TryGetValue("isoCurrency", out var iso) && iso?.ToString() is { Length: 3 } code) return code.ToUpperInvariant();
        var unit = e.Resolution.TryGetValue("unit", out var u) && u?.ToString() is { Length: > 0 } name ? name : e.Text;
        return CurrencyUnits.TryGetValue(unit.Trim(), out var mapped) ? mapped : unit;
    }

    /// <summary>Words naming a product when no <c>product</c> entity was found: a quantity's unit ("25 notebooks") or a product type.</summary>
    /// <param name="entities">Recognised entities.</param>
    /// <param name="exactOnly">Skip product types matched with typos (a fuzzy "show" for "shoes").</param>
    public static IEnumerable<string> ProductWords(IReadOnlyList<EntityMatch>? entities, bool exactOnly = false)
    {
        if (entities is null) yield break;
        foreach (var e in entities)
        {
            if (exactOnly && e.Resolution.TryGetValue("typos", out var typos) && Convert.ToString(typos, CultureInfo.InvariantCulture) is { } t && t != "0") continue;
            string key = e.TypeName switch { "quantity" => "unit", "product_type" => "value", _ => string.Empty };
            if (key.Length > 0 && e.Resolution.TryGetValue(key, out var v) && v?.ToString() is { Length: > 2 } word) yield return word;
        }
    }

    /// <summary>
    /// The day a <c>datetimeV2.date</c> entity names ("yesterday" resolves to one date), the past reading when the
    /// expression has two; null when there is none.
    /// </summary>
    public static DateOnly? PastDay(IReadOnlyList<EntityMatch>? entities, DateOnly today)
    {
        if (entities is null) return null;
        foreach (var e in entities.Where(e => e.TypeName is "datetimeV2.date" or "datetimeV2.datetime"))
        {
            if (!e.Resolution.TryGetValue("values", out var values) || values is null) continue;
            DateOnly? first = null;
            foreach (var value in DateValues(values))
            {
                if (!value.TryGetValue("value", out var text) || text.Length < 10
                    || !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) continue;
                if (day <= today) return day;
                first ??= day;
            }
            if (first is not null) return first;
        }
        return null;
    }

    /// <summary>A date entity's resolution values as string maps, whether they arrive as dictionaries or as JSON.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string>> DateValues(object values)
    {
        IEnumerable items = values is JsonElement { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Cast<object>().ToArray()
            : values is IEnumerable list and not string ? list : Array.Empty<object>();
        foreach (var item in items)
        {
            switch (item)
            {
                case JsonElement { ValueKind: JsonValueKind.Object } json:
                    yield return json.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                        .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
                    break;
                case IEnumerable<KeyValuePair<string, string>> strings:
                    yield return strings.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                    break;
                case IEnumerable<KeyValuePair<string, object?>> map:
                    yield return map.Where(p => p.Value is not null)
                        .ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)!, StringComparer.Ordinal);
                    break;
            }
        }
    }

    private static readonly Dictionary<string, string> CurrencyUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dollar"] = "USD", ["United States dollar"] = "USD", ["US dollar"] = "USD", ["Euro"] = "EUR", ["Pound"] = "GBP",
        ["British pound"] = "GBP", ["Pound sterling"] = "GBP", ["Canadian dollar"] = "CAD", ["Yen"] = "JPY", ["Japanese yen"] = "JPY",
    };

    private static string? Value(EntityMatch e) => e.Resolution.TryGetValue("value", out var v) ? v?.ToString() : null;

    private static long? Long(string? s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
