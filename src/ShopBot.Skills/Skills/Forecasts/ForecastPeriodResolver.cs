using System.Collections;
using System.Globalization;
using System.Text.Json;
using ShopBot.Skills.Nlu;

namespace ShopBot.Skills.Skills.Forecasts;

/// <summary>
/// Reads the period of a forecast question from the <c>datetimeV2.*</c> entities: a date range ("next 8 weeks", "in
/// December", "Q1": end exclusive), a date ("by Christmas": from today to that day) or a duration ("for 6 weeks":
/// from today). When an expression has a past and a future reading, the first reading that has not ended is taken.
/// </summary>
public static class ForecastPeriodResolver
{
    /// <summary>
    /// The first usable period in <paramref name="entities"/>, not clipped to <paramref name="today"/> (the caller
    /// decides what to say about a period in the past); null when no date entity gives one.
    /// </summary>
    public static ForecastPeriod? Resolve(IEnumerable<EntityMatch> entities, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ForecastPeriod? past = null;
        foreach (var entity in entities.Where(e => e.TypeName.StartsWith("datetimeV2.", StringComparison.Ordinal)))
        {
            if (!entity.Resolution.TryGetValue("values", out var values) || values is null) continue;
            foreach (var value in Values(values))
            {
                if (Read(value, today) is not { } period) continue;
                if (period.End > today) return period;
                past ??= period;
            }
        }

        return past;
    }

    private static ForecastPeriod? Read(IReadOnlyDictionary<string, string> value, DateOnly today)
    {
        value.TryGetValue("type", out var type);
        switch (type)
        {
            case "daterange" or "datetimerange":
                return Day(value, "start") is { } s && Day(value, "end") is { } e && e > s ? new ForecastPeriod(s, e, true) : null;
            case "date" or "datetime":
                return Day(value, "value") is { } d ? new ForecastPeriod(today, d.AddDays(1), true) : null;
            case "duration":
                if (!value.TryGetValue("value", out var seconds) || !double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s2) || !(s2 > 0)) return null;
                var days = (int)Math.Min(3650, Math.Ceiling(s2 / 86400));
                return new ForecastPeriod(today, today.AddDays(days), true);
            default:
                return null;
        }
    }

    private static DateOnly? Day(IReadOnlyDictionary<string, string> value, string key) =>
        value.TryGetValue(key, out var text) && text.Length >= 10
        && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The resolution values as string maps, whether they arrive as dictionaries or as JSON.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string>> Values(object values)
    {
        if (values is JsonElement json)
        {
            if (json.ValueKind != JsonValueKind.Array) yield break;
            foreach (var item in json.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                yield return item.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                    .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            }

            yield break;
        }

        if (values is not IEnumerable list || values is string) yield break;
        foreach (var item in list)
        {
            if (item is IEnumerable<KeyValuePair<string, object?>> map)
                yield return map.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)!, StringComparer.Ordinal);
            else if (item is JsonElement { ValueKind: JsonValueKind.Object } element)
                yield return element.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                    .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        }
    }
}
