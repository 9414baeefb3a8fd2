namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>
/// "since", "before", "after", "until" in front of a date, a date range or a time turn it into an open range
/// (Mod since/before/after/until with only a start or an end), as the datetimeV2 model resolves them.
/// </summary>
internal static class DateTimeModifiers
{
    private static readonly (string Word, string Mod)[] Words =
    [
        ("since", "since"), ("starting from", "since"), ("starting on", "since"), ("starting", "since"), ("beginning on", "since"),
        ("beginning", "since"), ("as early as", "since"), ("no earlier than", "since"), ("before", "before"), ("prior to", "before"),
        ("earlier than", "before"), ("after", "after"), ("later than", "after"), ("until", "until"), ("till", "until"),
        ("as late as", "until"), ("no later than", "until"), ("by", "until"),
    ];

    private static readonly (string Word, string Mod)[] Ordered = Words.OrderByDescending(w => w.Word.Length).ToArray();

    public static List<DateTimeCandidate> Apply(List<DateTimeCandidate> list, string t)
    {
        for (int i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (c.Type is not ("date" or "daterange" or "time")) continue;
            var head = t[..c.Start].TrimEnd();
            foreach (var (word, mod) in Ordered)
            {
                if (!head.EndsWith(word, StringComparison.Ordinal)) continue;
                int ws = head.Length - word.Length;
                if (ws > 0 && char.IsLetter(head[ws - 1])) continue;
                if (word == "by" && c.Type != "time") break;
                var wrapped = Wrap(c, mod, ws);
                if (wrapped is not null) list[i] = wrapped;
                break;
            }
        }
        return list;
    }

    private static DateTimeCandidate? Wrap(DateTimeCandidate c, string mod, int start)
    {
        string type = c.Type == "time" ? "timerange" : "daterange";
        var values = new List<Dictionary<string, object?>>();
        foreach (var v in c.Values)
        {
            if (v.TryGetValue("value", out var nv) && nv is "not resolved") return null;
            bool point = v.ContainsKey("value");
            string? s = point ? (string?)v["value"] : (string?)v.GetValueOrDefault("start");
            string? e = point ? (string?)v["value"] : (string?)v.GetValueOrDefault("end");
            var d = new Dictionary<string, object?> { ["timex"] = v["timex"], ["Mod"] = mod, ["type"] = type };
            switch (mod)
            {
                case "since": d["start"] = s; break;
                case "after": d["start"] = e; break;
                case "before": d["end"] = s; break;
                default: d["end"] = e; break;
            }
            d["sourceEntity"] = point ? "datetimepoint" : "datetimerange";
            values.Add(d);
        }
        return new DateTimeCandidate(start, c.End, type, values);
    }
}
