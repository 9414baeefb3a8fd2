using System.Globalization;

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

    private static readonly (string Suffix, string Mod)[] Suffixes =
    [
        ("or later", "since"), ("and later", "since"), ("and after", "since"), ("or after", "since"), ("and greater", "since"),
        ("or greater", "since"), ("onwards", "since"), ("and onwards", "since"), ("or earlier", "until"), ("and earlier", "until"), ("or before", "until"),
    ];

    private static readonly (string Word, string Mod)[] Ordered = Words.OrderByDescending(w => w.Word.Length).ToArray();

    public static List<DateTimeCandidate> Apply(List<DateTimeCandidate> list, string t, DateTime reference)
    {
        for (int i = 0; i < list.Count; i++)
            if (EarlyLate(list[i], t, reference) is { } half) list[i] = half;
        for (int i = 0; i < list.Count; i++)
        {
            if (PeriodSlices.Apply(list[i], t) is not { } slice) continue;
            list[i] = slice;
            list.RemoveAll(o => !ReferenceEquals(o, slice) && o.Start < slice.End && slice.Start < o.End);
            i = list.IndexOf(slice);
        }
        for (int i = 0; i < list.Count; i++)
            if (PartOfYear(list[i], t) is { } part) list[i] = part;
        for (int i = 0; i < list.Count; i++)
            if (EndOfDate(list[i], t) is { } eod) list[i] = eod;
        for (int i = 0; i < list.Count; i++)
            if (WeekAround(list[i], t) is { } wk) list[i] = wk;
        for (int i = 0; i < list.Count; i++)
            if (Comparison(list[i], t) is { } cmp) list[i] = cmp;
        for (int i = 0; i < list.Count; i++)
        {
            if (WeekOf(list[i], t) is not { } week) continue;
            list[i] = week;
            list.RemoveAll(o => !ReferenceEquals(o, week) && o.Start < week.End && week.Start < o.End);
            i = list.IndexOf(week);
        }
        for (int i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (c.Type is not ("date" or "time")) continue;
            var head = TextWindow.Head(t, c.Start, out int headOffset).TrimEnd();
            foreach (var word in (string[])["approximately", "around", "circa"])
            {
                if (!head.EndsWith(word, StringComparison.Ordinal) || (head.Length > word.Length && char.IsLetter(head[^(word.Length + 1)]))) continue;
                var values = c.Values.Select(v =>
                {
                    var d = new Dictionary<string, object?>(v) { ["Mod"] = "approx", ["type"] = c.Type == "time" ? "timerange" : "daterange" };
                    return d;
                }).ToList();
                list[i] = c with { Start = headOffset + head.Length - word.Length, Values = values, Point = null };
                break;
            }
        }
        for (int i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (c.Type is not ("date" or "daterange" or "time")) continue;
            var tail = TextWindow.Tail(t, c.End);
            foreach (var (suffix, mod) in Suffixes)
            {
                var trimmed = tail.TrimStart();
                if (!trimmed.StartsWith(suffix, StringComparison.Ordinal)) continue;
                int end = c.End + (tail.Length - trimmed.Length) + suffix.Length;
                if (end < t.Length && char.IsLetter(t[end])) continue;
                var rest = TextWindow.Tail(t, end).TrimStart();
                if (rest.Length > 0 && char.IsLetterOrDigit(rest[0]) && suffix.StartsWith("or", StringComparison.Ordinal)) continue;
                if (Wrap(c, mod, c.Start) is { } w) list[i] = w with { End = end };
                break;
            }
        }
        for (int i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (c.Type is not ("date" or "daterange" or "time")) continue;
            var head = TextWindow.Head(t, c.Start, out int offset).TrimEnd();
            if (head.EndsWith(" the", StringComparison.Ordinal)) head = head[..^4].TrimEnd();
            bool part = c.Values.Count > 0 && c.Values[0].GetValueOrDefault("Mod") is "start" or "end" or "mid";
            foreach (var (word, mod) in Ordered)
            {
                if (!head.EndsWith(word, StringComparison.Ordinal)) continue;
                int ws = head.Length - word.Length;
                if (ws > 0 && char.IsLetter(head[ws - 1])) continue;
                if (word == "by" && c.Type != "time" && !part) break;
                var wrapped = Wrap(c, word == "by" && part ? "before" : mod, offset + ws);
                if (wrapped is not null) list[i] = wrapped;
                break;
            }
        }
        return list;
    }

    /// <summary>"&gt;= 2019", "&lt;=2019", "=2019": comparison operators in front of a date or year.</summary>
    private static DateTimeCandidate? Comparison(DateTimeCandidate c, string t)
    {
        if (c.Type is not ("date" or "daterange")) return null;
        int j = c.Start - 1;
        while (j >= 0 && t[j] == ' ') j--;
        if (j < 0 || t[j] is not ('=' or '>' or '<')) return null;
        string op = t[j].ToString();
        if (t[j] == '=')
        {
            int k = j - 1;
            while (k >= 0 && t[k] == ' ') k--;
            if (k >= 0 && t[k] is '>' or '<') { op = t[k] + "="; j = k; }
        }
        if (j > 0 && !char.IsWhiteSpace(t[j - 1])) return null;
        if (op == "=") return c with { Start = j };
        string mod = op switch { ">=" => "since", "<=" => "until", ">" => "after", _ => "before" };
        return Wrap(c, mod, j);
    }

    private static readonly System.Text.RegularExpressions.Regex WeekAroundPattern = new(
        @"\b(?:the\s+)?week\s+(of|beginning|beginning\s+on|starting|starting\s+on|starting\s+from|commencing)\s+(?:the\s+)?$",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"the week of the 18th", "the week beginning February 4": the Monday-to-Monday week that holds the date.</summary>
    private static DateTimeCandidate? WeekAround(DateTimeCandidate c, string t)
    {
        if (c.Type != "date" || c.Point is not { } p || p.Dates.Count == 0) return null;
        var m = WeekAroundPattern.Match(TextWindow.Head(t, c.Start, out int offset));
        if (!m.Success) return null;
        var values = p.Dates.Select(d =>
        {
            var start = DateTimeRecognizer.MondayOf(d);
            return Timex.Range(p.Timex, "daterange", Timex.Date(start), Timex.Date(start.AddDays(7)));
        }).ToList();
        return new DateTimeCandidate(offset + m.Index, c.End, "daterange", values);
    }

    private static readonly System.Text.RegularExpressions.Regex PartOfPattern = new(
        @"(?:\bthe\s+)?\b(end|beginning|start|middle)\s+of\s+(?:the\s+)?(?:year\s+)?$",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"the end of 2000", "beginning of 1989": the first, middle or last third of a named year.</summary>
    private static DateTimeCandidate? PartOfYear(DateTimeCandidate c, string t)
    {
        if (c.Type == "daterange" && c.Values.Count is 1 or 2 && c.Values[0]["timex"] is string mtx && mtx.Length == 7 && mtx[4] == '-' && !c.Values[0].ContainsKey("Mod"))
            return PartOfMonth(c, t);
        if (c.Type != "daterange" || c.Values.Count != 1 || c.Values[0]["timex"] is not string tx || tx.Length != 4 || !char.IsAsciiDigit(tx[0]) || c.Values[0].ContainsKey("Mod")) return null;
        var m = PartOfPattern.Match(TextWindow.Head(t, c.Start, out int offset));
        if (!m.Success) return null;
        int y = int.Parse(tx, CultureInfo.InvariantCulture);
        var (mod, from, to) = m.Groups[1].Value switch
        {
            "end" => ("end", new DateTime(y, 9, 1), new DateTime(y + 1, 1, 1)),
            "middle" => ("mid", new DateTime(y, 5, 1), new DateTime(y, 9, 1)),
            _ => ("start", new DateTime(y, 1, 1), new DateTime(y, 5, 1)),
        };
        int start = offset + m.Index;
        if (t.AsSpan(start).StartsWith("the ", StringComparison.Ordinal)) start += 4;
        return new DateTimeCandidate(start, c.End, "daterange",
            [new() { ["timex"] = tx, ["Mod"] = mod, ["type"] = "daterange", ["start"] = Timex.Date(from), ["end"] = Timex.Date(to) }]);
    }

    /// <summary>"end of tomorrow", "end of this sunday": the last second of that day (each reading of an ambiguous day).</summary>
    private static DateTimeCandidate? EndOfDate(DateTimeCandidate c, string t)
    {
        if (c.Type != "date" || c.Point is not { } p || p.Dates.Count == 0 || p.Dates.Count != c.Values.Count) return null;
        var head = TextWindow.Head(t, c.Start, out int offset);
        string? found = null;
        foreach (var h in (string[])["end of the ", "end of "])
            if (head.EndsWith(h, StringComparison.Ordinal)) { found = h; break; }
        if (found is null) return null;
        int start = offset + head.Length - found.Length;
        if (start > 0 && char.IsLetter(t[start - 1])) return null;
        var timex = p.Timex + "T23:59:59";
        var values = p.Dates.Select(d => Timex.Value(timex, "datetime", Timex.DateTimeValue(d.Date.AddDays(1).AddSeconds(-1)))).ToList();
        return new DateTimeCandidate(start, c.End, "datetime", values);
    }

    /// <summary>"the end of December", "the beginning of March": days 1-15, 10-20 or 16-end of a month.</summary>
    private static DateTimeCandidate? PartOfMonth(DateTimeCandidate c, string t)
    {
        var m = PartOfPattern.Match(TextWindow.Head(t, c.Start, out int offset));
        if (!m.Success || m.Value.Contains("year", StringComparison.Ordinal)) return null;
        var values = new List<Dictionary<string, object?>>();
        foreach (var v in c.Values)
        {
            if (v.GetValueOrDefault("start") is not string s) return null;
            var first = DateTime.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (mod, from, to) = m.Groups[1].Value switch
            {
                "end" => ("end", first.AddDays(15), first.AddMonths(1)),
                "middle" => ("mid", first.AddDays(9), first.AddDays(20)),
                _ => ("start", first, first.AddDays(15)),
            };
            values.Add(new() { ["timex"] = v["timex"], ["Mod"] = mod, ["type"] = "daterange", ["start"] = Timex.Date(from), ["end"] = Timex.Date(to) });
        }
        int start = offset + m.Index;
        if (t.AsSpan(start).StartsWith("the ", StringComparison.Ordinal)) start += 4;
        return new DateTimeCandidate(start, c.End, "daterange", values);
    }

    private static readonly System.Text.RegularExpressions.Regex WeekOfPattern = new(
        @"(?:\bthe\s+)?\b(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+week\s+of\s+(?:the\s+)?$",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"first week of 2015", "the last week of this month": the nth (ISO, Monday-based) week of a year or month.</summary>
    private static DateTimeCandidate? WeekOf(DateTimeCandidate c, string t)
    {
        if (c.Type != "daterange" || c.Values.Count != 1 || c.Values[0]["timex"] is not string tx || c.Values[0].ContainsKey("Mod") || !c.Values[0].ContainsKey("start")) return null;
        if (!(tx.Length == 4 || (tx.Length == 7 && tx[4] == '-')) || !char.IsAsciiDigit(tx[0])) return null;
        var head = TextWindow.Head(t, c.Start, out int offset);
        var m = WeekOfPattern.Match(head);
        if (!m.Success) return null;
        int n = m.Groups[1].Value switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, "fourth" or "4th" => 4, "fifth" or "5th" => 5, _ => 0 };
        var start = DateTime.ParseExact((string)c.Values[0]["start"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateTime.ParseExact((string)c.Values[0]["end"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateTime monday;
        string timex;
        if (tx.Length == 4)
        {
            int y = start.Year;
            int w = n == 0 ? ISOWeek.GetWeeksInYear(y) : n;
            monday = ISOWeek.ToDateTime(y, w, DayOfWeek.Monday);
            timex = $"{y:0000}-W{w:00}";
        }
        else
        {
            var firstMonday = DateTimeRecognizer.MondayOf(start);
            var lastMonday = DateTimeRecognizer.MondayOf(end.AddDays(-1));
            int count = (lastMonday - firstMonday).Days / 7 + 1;
            int k = n == 0 ? count : n;
            if (k > count) return null;
            monday = firstMonday.AddDays(7 * (k - 1));
            timex = $"{tx}-W{k:00}";
        }
        return new DateTimeCandidate(offset + m.Index, c.End, "daterange", [Timex.Range(timex, "daterange", Timex.Date(monday), Timex.Date(monday.AddDays(7)))]);
    }

    /// <summary>"early in the morning", "late afternoon", "later this week", "earlier this year": the first or second part of the period.</summary>
    private static DateTimeCandidate? EarlyLate(DateTimeCandidate c, string t, DateTime reference)
    {
        var head = TextWindow.Head(t, c.Start, out int offset).TrimEnd();
        if (head.EndsWith(" in", StringComparison.Ordinal) && t.AsSpan(c.Start).StartsWith("the ", StringComparison.Ordinal)) head = head[..^3];
        string word = head.EndsWith("earlier", StringComparison.Ordinal) ? "earlier" : head.EndsWith("later", StringComparison.Ordinal) ? "later"
            : head.EndsWith("early", StringComparison.Ordinal) ? "early" : head.EndsWith("late", StringComparison.Ordinal) ? "late" : "";
        if (word.Length == 0) return null;
        int local = head.Length - word.Length;
        if (local > 0 && char.IsLetter(head[local - 1])) return null;
        int start = offset + local;
        bool first = word is "early" or "earlier";
        string mod = first ? "start" : "end";
        if (c.Type == "time" && word is "early" or "late") return c with { Start = start };
        if (c.Type == "daterange" && c.Values.Count == 2 && word is "early" or "late")
        {
            var halves = new List<Dictionary<string, object?>>();
            foreach (var v2 in c.Values)
            {
                if (v2.GetValueOrDefault("timex") is not string tx2 || tx2.Length != 7 || v2.ContainsKey("Mod") || v2.GetValueOrDefault("start") is not string s2) return null;
                var st2 = DateTime.ParseExact(s2, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var (a2, b2) = first ? (st2, st2.AddDays(15)) : (st2.AddDays(15), st2.AddMonths(1));
                halves.Add(new() { ["timex"] = tx2, ["Mod"] = mod, ["type"] = "daterange", ["start"] = Timex.Date(a2), ["end"] = Timex.Date(b2) });
            }
            return new DateTimeCandidate(start, c.End, "daterange", halves);
        }
        if (c.Values.Count != 1 || c.Values[0]["timex"] is not string timex) return null;
        var v = c.Values[0];
        if (c.Type is "part" or "timerange" && timex.Length == 3 && v.ContainsKey("start"))
        {
            var st = TimeSpan.Parse((string)v["start"]!, CultureInfo.InvariantCulture);
            var en = timex == "TNI" ? TimeSpan.FromHours(24) : TimeSpan.Parse((string)v["end"]!, CultureInfo.InvariantCulture);
            var mid = st + (en - st) / 2;
            var (a, b) = first ? (st, mid) : (mid, en);
            string F(TimeSpan x) => x >= TimeSpan.FromHours(24) ? "23:59:59" : Timex.Time(x);
            return new DateTimeCandidate(start, c.End, "timerange", [new() { ["timex"] = timex, ["Mod"] = mod, ["type"] = "timerange", ["start"] = F(a), ["end"] = F(b) }]);
        }
        if (c.Type == "datetimerange" && timex.Length == 13 && v.ContainsKey("start"))
        {
            var st = DateTime.ParseExact((string)v["start"]!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var en = DateTime.ParseExact((string)v["end"]!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            if (en.Second == 59) en = en.AddSeconds(1);
            var mid = st + (en - st) / 2;
            var (a, b) = first ? (st, mid) : (mid, en);
            return new DateTimeCandidate(start, c.End, "datetimerange", [new() { ["timex"] = timex, ["Mod"] = mod, ["type"] = "datetimerange", ["start"] = Timex.DateTimeValue(a), ["end"] = Timex.DateTimeValue(b.Hour == 0 && b > a && b.Date > a.Date ? b.AddSeconds(-1) : b) }]);
        }
        if (c.Type == "daterange" && v.ContainsKey("start") && v.ContainsKey("end") && !timex.StartsWith('('))
        {
            var st = DateTime.ParseExact((string)v["start"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var en = DateTime.ParseExact((string)v["end"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            DateTime mid = timex.Contains("-W", StringComparison.Ordinal) ? st.AddDays(3) : timex.Length == 7 ? st.AddDays(15) : timex.Length == 4 ? st.AddMonths(6) : st + (en - st) / 2;
            if (word == "later" && reference.Date > mid && reference.Date < en) mid = reference.Date;
            if (word == "earlier" && reference.Date < mid && reference.Date > st) mid = reference.Date;
            var (a, b) = first ? (st, mid) : (mid, en);
            var d = new Dictionary<string, object?> { ["timex"] = timex, ["type"] = "daterange", ["start"] = Timex.Date(a), ["end"] = Timex.Date(b) };
            if (word is "early" or "late") d["Mod"] = mod;
            return new DateTimeCandidate(start, c.End, "daterange", [d]);
        }
        return null;
    }

    private static DateTimeCandidate? Wrap(DateTimeCandidate c, string mod, int start)
    {
        string type = c.Type == "time" ? "timerange" : "daterange";
        var values = new List<Dictionary<string, object?>>();
        foreach (var v in c.Values)
        {
            if (v.TryGetValue("value", out var nv) && nv is "not resolved") return null;
            if (v.GetValueOrDefault("Mod") is string part && part is "start" or "end" or "mid")
            {
                // "before the end of December", "since late July": the modifier applies to that part of the period.
                var pd = new Dictionary<string, object?> { ["timex"] = v["timex"], ["Mod"] = mod + "-" + part, ["type"] = "daterange", ["sourceEntity"] = "datetimerange" };
                if (mod is "since" or "after") pd["start"] = v.GetValueOrDefault("start");
                else pd["end"] = v.GetValueOrDefault("end");
                values.Add(pd);
                continue;
            }
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
