using System.Globalization;

namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>
/// Joins neighbouring date/time pieces: a date next to a time becomes a date-time ("tomorrow 8:00am",
/// "3pm on Friday"), a date next to a part of the day becomes a date-time range ("monday afternoon"), and two
/// dates or two times linked by "from ... to", "between ... and" or a dash become a range.
/// </summary>
internal static class DateTimeCombiner
{
    public static List<DateTimeCandidate> Combine(List<DateTimeCandidate> list, string t, DateTime r)
    {
        var result = new List<DateTimeCandidate>(list);
        // ranges first, so that "tuesday from 2:00 to 2:30 pm" joins the range, not its first time
        for (int i = 0; i + 1 < result.Count; i++)
        {
            if (Range(result[i], result[i + 1], t[result[i].End..result[i + 1].Start], t) is { } range)
            {
                result[i] = range;
                result.RemoveAt(i + 1);
                i = Math.Max(-1, i - 2);
            }
        }
        for (int i = 0; i + 1 < result.Count; i++)
        {
            var a = result[i];
            var b = result[i + 1];
            var gap = t[a.End..b.Start];
            DateTimeCandidate? merged = null;
            if (IsJoiner(gap))
                merged = DateWithTime(a, b) ?? DateWithTime(b, a, a.Start, b.End) ?? DateWithPart(a, b, t)
                         ?? TimeWithDatedPart(a, b) ?? TimeWithDatedPart(b, a, a.Start, b.End) ?? TimeWithPart(a, b) ?? TimeWithPart(b, a, a.Start, b.End)
                         ?? TimeRangeWithPart(a, b)
                         ?? PartFiltered(a, DateWithTimeRange(AsDate(a), b, a.Start, b.End)) ?? DateWithTimeRange(b, a, a.Start, b.End) ?? SetWithTime(a, b) ?? SetWithTime(b, a, a.Start, b.End);
            if (merged is null && gap.Trim() is "" or "," or "the") merged = WeekdayThenDate(a, b);
            merged ??= ShiftedByDuration(a, b, gap) ?? TimeForDuration(a, b, gap, t) ?? DateModTime(a, b, gap);
            if (merged is null && gap.Trim() is "" or "on" or "-" or "," or "of" or "of the") merged = WeekWithDay(a, b, a.Start, b.End) ?? WeekWithDay(b, a, a.Start, b.End);
            if (merged is null) merged = Range(a, b, gap, t);
            if (merged is not null)
            {
                result[i] = merged;
                result.RemoveAt(i + 1);
                i = Math.Max(-1, i - 2);
            }
        }
        return result;
    }

    private sealed record Months(List<DateTime> Starts, bool KnownYear);

    /// <summary>A whole-month range ("sep", "may 2018"): its first day(s), and whether the year was said.</summary>
    private static Months? MonthSpan(DateTimeCandidate c)
    {
        if (c.Type != "daterange" || c.Values.Count == 0 || c.Values[0]["timex"] is not string tx || tx.Length != 7 || tx[4] != '-' || c.Values[0].ContainsKey("Mod")) return null;
        var starts = c.Values.Select(v => DateTime.ParseExact((string)v["start"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        return new Months(starts, !tx.StartsWith("XXXX", StringComparison.Ordinal));
    }

    private static TimeSpan Span(object? s) => TimeSpan.Parse((string)s!, CultureInfo.InvariantCulture);

    /// <summary>"8am this morning", "10 tonight": a time inside a dated part of the day.</summary>
    private static DateTimeCandidate? TimeWithDatedPart(DateTimeCandidate time, DateTimeCandidate part, int? s = null, int? e = null)
    {
        if (time.Type != "time" || part.Type != "datetimerange" || time.Point is not { } tp || part.Values.Count != 1) return null;
        if (part.Values[0]["timex"] is not string px || px.Length != 13 || px[10] != 'T') return null;
        var day = DateTime.ParseExact(px[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        bool late = px[11..] is "AF" or "EV" or "NI";
        var at = tp.Times.Count == 2 && late ? tp.Times[1] : tp.Times[0];
        var timex = px[..10] + Timex.TimeTimex(at, tp.HasMinutes);
        return new DateTimeCandidate(s ?? time.Start, e ?? part.End, "datetime", [Timex.Value(timex, "datetime", Timex.DateTimeValue(day + at))]);
    }

    /// <summary>"in the morning at 7", "8 in the evening": a time with a part of the day picks am or pm.</summary>
    private static DateTimeCandidate? TimeWithPart(DateTimeCandidate time, DateTimeCandidate part, int? s = null, int? e = null)
    {
        if (part.Type == "part" && time.End <= part.Start) return null;
        if (time.Type != "time" || part.Type is not ("timerange" or "part") || time.Point is not { } tp || part.Values.Count != 1) return null;
        if (part.Values[0]["timex"] is not string px || px.Length != 3) return null;
        bool late = px[1..] is "AF" or "EV" or "NI";
        var at = tp.Times.Count == 2 ? (late ? tp.Times[1] : tp.Times[0]) : tp.Times[0];
        var c = DateTimeRecognizer.TimeCandidate(s ?? time.Start, e ?? part.End, at, tp.HasMinutes, false, false);
        return c;
    }

    private static DateTimeCandidate? DateWithTimeRange(DateTimeCandidate date, DateTimeCandidate range, int s, int e)
    {
        if (date.Type != "date" || range.Type is not ("timerange" or "hourrange") || date.Point is not { } dp || dp.Dates.Count == 0) return null;
        var values = new List<Dictionary<string, object?>>();
        foreach (var d in dp.Dates)
            foreach (var v in range.Values)
            {
                if (v["timex"] is not string tx || !tx.StartsWith("(T", StringComparison.Ordinal) || !v.ContainsKey("start") || !v.ContainsKey("end")) return null;
                var parts = tx.Trim('(', ')').Split(',');
                var st = Span(v["start"]);
                var en = Span(v["end"]);
                values.Add(Timex.Range($"({dp.Timex}{parts[0]},{dp.Timex}{parts[1]},{parts[2]})", "datetimerange", Timex.DateTimeValue(d + st), Timex.DateTimeValue(d + en)));
            }
        return new DateTimeCandidate(s, e, "datetimerange", values);
    }

    /// <summary>"3pm each day", "every monday at 9am".</summary>
    private static DateTimeCandidate? SetWithTime(DateTimeCandidate set, DateTimeCandidate time, int? s = null, int? e = null)
    {
        if (set.Type != "set" || time.Type != "time" || time.Point is not { } tp || set.Values[0]["timex"] is not string sx) return null;
        string timex = sx == "P1D" ? tp.Timex : sx.StartsWith("XXXX", StringComparison.Ordinal) ? sx + tp.Timex : "";
        if (timex.Length == 0) return null;
        return new DateTimeCandidate(s ?? set.Start, e ?? time.End, "set", [Timex.Value(timex, "set", "not resolved")]);
    }

    /// <summary>"two days after today", "three weeks from tomorrow", "2 days before yesterday".</summary>
    private static DateTimeCandidate? ShiftedByDuration(DateTimeCandidate duration, DateTimeCandidate date, string gap)
    {
        var g = gap.Trim();
        if (duration.Type != "duration" || date.Type != "date" || date.Point is not { } dp || dp.Dates.Count == 0) return null;
        if (g is not ("after" or "from" or "before")) return null;
        string? durMod = duration.Values[0].TryGetValue("Mod", out var dm) ? dm as string : null;
        if (durMod == "less" || duration.Values[0]["timex"] is not string dx || dx.StartsWith("PT", StringComparison.Ordinal)) return null;
        if (!double.TryParse(dx[1..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return null;
        int sign = g == "before" ? -1 : 1;
        var d = sign < 0 ? dp.Dates[0] : dp.Dates[^1];
        var shifted = dx[^1] switch
        {
            'Y' => d.AddYears(sign * (int)n),
            'M' => d.AddMonths(sign * (int)n),
            'W' => d.AddDays(sign * 7 * n),
            _ => d.AddDays(sign * n),
        };
        if (durMod == "more")
        {
            var mod = sign < 0 ? "before" : "after";
            var v = new Dictionary<string, object?> { ["timex"] = Timex.Date(shifted), ["Mod"] = mod, ["type"] = "daterange" };
            v[sign < 0 ? "end" : "start"] = Timex.Date(shifted);
            return new DateTimeCandidate(duration.Start, date.End, "daterange", [v]);
        }
        return new DateTimeCandidate(duration.Start, date.End, "date", [Timex.Value(Timex.Date(shifted), "date", Timex.Date(shifted))])
        { Point = new DatePoint(Timex.Date(shifted), [shifted], []) };
    }

    /// <summary>"next week on Tuesday", "monday of the following week": the weekday inside that week.</summary>
    private static DateTimeCandidate? WeekWithDay(DateTimeCandidate week, DateTimeCandidate day, int s, int e)
    {
        if (week.Type != "daterange" || day.Type != "date" || week.Values.Count != 1 || day.Point is not { } dp) return null;
        if (week.Values[0]["timex"] is not string wx || wx.Length != 8 || wx[4..6] != "-W" || week.Values[0].ContainsKey("Mod")) return null;
        if (!dp.Timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal)) return null;
        int wd = dp.Timex[^1] - '0';
        var monday = DateTime.ParseExact((string)week.Values[0]["start"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var d = monday.AddDays(wd - 1);
        return new DateTimeCandidate(s, e, "date", [Timex.Value(Timex.Date(d), "date", Timex.Date(d))]) { Point = new DatePoint(Timex.Date(d), [d], []) };
    }

    private static bool IsNow(DateTimeCandidate c) => c.Values.Count == 1 && c.Values[0]["timex"] is "PRESENT_REF";

    /// <summary>"friday 7.6", "tue 5/12": a weekday followed by the date it names; the date decides.</summary>
    private static DateTimeCandidate? WeekdayThenDate(DateTimeCandidate a, DateTimeCandidate b)
    {
        if (a.Type != "date" || b.Type != "date" || a.Point is not { } pa || b.Point is not { } pb) return null;
        if (!pa.Timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) || pb.Timex.StartsWith("XXXX-WXX", StringComparison.Ordinal)) return null;
        return b with { Start = a.Start };
    }

    /// <summary>"this evening from 7 to 7:30": an evening keeps only the pm reading of the range.</summary>
    private static DateTimeCandidate? PartFiltered(DateTimeCandidate part, DateTimeCandidate? merged)
    {
        if (merged is null || part.Type != "datetimerange" || merged.Values.Count != 2 || part.Values[0]["timex"] is not string tx || tx.Length < 3) return merged;
        return tx[^2..] switch
        {
            "AF" or "EV" or "NI" => merged with { Values = [merged.Values[1]] },
            "MO" => merged with { Values = [merged.Values[0]] },
            _ => merged,
        };
    }

    /// <summary>A dated part of the day ("monday morning") seen as its date, so a time range can refine it.</summary>
    private static DateTimeCandidate AsDate(DateTimeCandidate c)
    {
        if (c.Type != "datetimerange" || c.Values.Count == 0 || c.Values[0]["timex"] is not string tx || tx.Length < 4 || tx[^3] != 'T' || !c.Values.All(v => v.ContainsKey("start"))) return c;
        var dates = c.Values.Select(v => DateTime.ParseExact(((string)v["start"]!)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        return new DateTimeCandidate(c.Start, c.End, "date", []) { Point = new DatePoint(tx[..^3], dates, []) };
    }

    /// <summary>"today before 4pm", "thursday after 1pm": an open date-time range.</summary>
    private static DateTimeCandidate? DateModTime(DateTimeCandidate date, DateTimeCandidate time, string gap)
    {
        var g = gap.Trim();
        string? mod = g switch
        {
            "before" or "earlier than" or "prior to" => "before",
            "after" or "later than" => "after",
            "since" => "since",
            "until" or "till" or "by" => "until",
            _ => null,
        };
        if (mod is null || DateWithTime(date, time) is not { } dt) return null;
        var values = dt.Values.Select(v =>
        {
            var d = new Dictionary<string, object?> { ["timex"] = v["timex"], ["Mod"] = mod, ["type"] = "datetimerange" };
            d[mod is "before" or "until" ? "end" : "start"] = v["value"];
            return d;
        }).ToList();
        return new DateTimeCandidate(date.Start, time.End, "datetimerange", values);
    }

    /// <summary>"from 2pm for 2 hours", "for 2.5 hours from 9": a time range given by its start and length.</summary>
    private static DateTimeCandidate? TimeForDuration(DateTimeCandidate a, DateTimeCandidate b, string gap, string t)
    {
        var g = gap.Trim();
        DateTimeCandidate time, dur;
        int s, e;
        if (a.Type is "time" or "hour" && b.Type == "duration" && g == "for")
        {
            (time, dur) = (a, b);
            var head = TextWindow.Head(t, a.Start, out int off).TrimEnd();
            if (!head.EndsWith("from", StringComparison.Ordinal)) return null;
            s = off + head.Length - 4;
            e = b.End;
        }
        else if (a.Type == "duration" && b.Type is "time" or "hour" && g == "from")
        {
            (time, dur) = (b, a);
            var head = TextWindow.Head(t, a.Start, out int off).TrimEnd();
            s = head.EndsWith("for", StringComparison.Ordinal) ? off + head.Length - 3 : a.Start;
            e = b.End;
        }
        else return null;
        if (time.Point is not { } tp || dur.Values[0]["value"] is not string secs || dur.Values[0].ContainsKey("Mod")) return null;
        if (!double.TryParse(secs, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds >= 86400) return null;
        var st = tp.Times[0];
        var length = TimeSpan.FromSeconds(seconds);
        var en = st + length;
        if (en.TotalHours >= 24) return null;
        var endTimex = "T" + Timex.Time(en);
        return new DateTimeCandidate(s, e, "timerange", [Timex.Range($"({tp.Timex},{endTimex},{Dur(length)})", "timerange", Timex.Time(st), Timex.Time(en))]);
    }

    /// <summary>"between 5 and 6 in the afternoon": the part of the day picks the am or pm reading of a range.</summary>
    private static DateTimeCandidate? TimeRangeWithPart(DateTimeCandidate range, DateTimeCandidate part)
    {
        if (range.Type != "timerange" || part.Type is not ("timerange" or "part") || part.Values.Count != 1 || part.Values[0]["timex"] is not string px || px.Length != 3) return null;
        if (range.Values.Count != 2) return null;
        bool late = px[1..] is "AF" or "EV" or "NI";
        var chosen = range.Values[late ? 1 : 0];
        return new DateTimeCandidate(range.Start, part.End, "timerange", [chosen]);
    }

    private static string Dur(TimeSpan d) => "PT" + (d.Hours > 0 ? d.Hours + "H" : "") + (d.Minutes > 0 ? d.Minutes + "M" : "");

    private static bool IsJoiner(string gap)
    {
        var g = gap.Trim().TrimEnd(',').Trim();
        return g is "" or "at" or "on" or "," or "for" or "of" or "in the" or "around";
    }

    private static DateTimeCandidate? DateWithTime(DateTimeCandidate date, DateTimeCandidate time, int? s = null, int? e = null)
    {
        if (date.Type != "date" || time.Type != "time" || date.Point is not { } dp || time.Point is not { } tp || dp.Dates.Count == 0 || tp.Times.Count == 0) return null;
        var values = new List<Dictionary<string, object?>>();
        foreach (var at in tp.Times)
        {
            var tt = Timex.TimeTimex(at, tp.HasMinutes, tp.Timex.Count(ch => ch == ':') == 2);
            if (tp.Times.Count == 1) tt = tp.Timex;
            foreach (var d in dp.Dates) values.Add(Timex.Value(dp.Timex + tt, "datetime", Timex.DateTimeValue(d.Date + at)));
        }
        return new DateTimeCandidate(s ?? date.Start, e ?? time.End, "datetime", values);
    }

    private static DateTimeCandidate? DateWithPart(DateTimeCandidate date, DateTimeCandidate part, string t)
    {
        if (date.Type != "date" || part.Type is not ("timerange" or "part") || date.Point is not { } dp || dp.Dates.Count == 0) return null;
        if (part.Values.Count != 1 || part.Values[0]["timex"] is not string px || px.Length != 3) return null;
        var start = TimeSpan.Parse((string)part.Values[0]["start"]!, CultureInfo.InvariantCulture);
        var end = TimeSpan.Parse((string)part.Values[0]["end"]!, CultureInfo.InvariantCulture);
        var values = dp.Dates.Select(d => Timex.Range(dp.Timex + px, "datetimerange", Timex.DateTimeValue(d + start), Timex.DateTimeValue(d + end))).ToList();
        return new DateTimeCandidate(date.Start, part.End, "datetimerange", values);
    }

    private static DateTimeCandidate? Range(DateTimeCandidate a, DateTimeCandidate b, string gap, string t)
    {
        var g = gap.Trim();
        if (g is not ("-" or "to" or "and" or "till" or "until" or "through" or "thru" or "~" or "--")) return null;
        // the opening word: from/between
        int s = a.Start;
        string before = TextWindow.Head(t, a.Start, out int beforeOffset).TrimEnd();
        string opener = before.EndsWith(" from", StringComparison.Ordinal) || before == "from" ? "from"
            : before.EndsWith("between", StringComparison.Ordinal) ? "between"
            : (before.EndsWith(" in", StringComparison.Ordinal) || before == "in") && a.Type == "daterange" ? "in" : "";
        if (g == "and" && opener != "between") return null;
        if (opener.Length > 0) s = beforeOffset + before.Length - opener.Length;
        if (a.Type == "daterange" && a.Values.Count == 1 && a.Values[0].ContainsKey("start") && !a.Values[0].ContainsKey("Mod")
            && a.Values[0]["timex"] is string rx && !rx.StartsWith('(') && char.IsAsciiDigit(rx[0])
            && (IsNow(b) || (b.Type == "date" && b.Point is { Dates.Count: 1 })))
        {
            var sd = DateTime.ParseExact((string)a.Values[0]["start"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var ed = IsNow(b) ? DateTime.ParseExact(((string)b.Values[0]["value"]!)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : b.Point!.Dates[0];
            if (ed <= sd) return null;
            return new DateTimeCandidate(s, b.End, "daterange", [Timex.Range($"({Timex.Date(sd)},{Timex.Date(ed)},P{(ed - sd).Days}D)", "daterange", Timex.Date(sd), Timex.Date(ed))]);
        }
        if (IsNow(a) || IsNow(b))
        {
            var now = IsNow(a) ? a : b;
            var other = IsNow(a) ? b : a;
            if (other.Type != "date" || other.Point is not { } op) return null;
            var refDate = DateTime.ParseExact(((string)now.Values[0]["value"]!)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var od = op.Dates.Count == 1 ? op.Dates[0] : IsNow(a) ? op.Dates[^1] : op.Dates[0];
            var (sd, ed) = IsNow(a) ? (refDate, od) : (od, refDate);
            if (ed < sd) return null;
            string sx = IsNow(a) ? Timex.Date(sd) : op.Timex, ex = IsNow(a) ? op.Timex : Timex.Date(ed);
            return new DateTimeCandidate(s, b.End, "daterange", [Timex.Range($"({sx},{ex},P{(ed - sd).Days}D)", "daterange", Timex.Date(sd), Timex.Date(ed))]);
        }
        if (a.Type == "date" && b.Type == "date" && a.Point is { } pa && b.Point is { } pb && pa.Dates.Count == 1 && pb.Dates.Count == 1)
        {
            var sd = pa.Dates[0];
            var ed = pb.Dates[0];
            if (ed < sd) return null;
            var timex = $"({Timex.Date(sd)},{Timex.Date(ed)},P{(ed - sd).Days}D)";
            return new DateTimeCandidate(s, b.End, "daterange", [Timex.Range(timex, "daterange", Timex.Date(sd), Timex.Date(ed))]);
        }
        if (a.Type == "date" && b.Type == "date" && a.Point is { } pa1 && b.Point is { } pb1 && pa1.Dates.Count == 2 && pb1.Dates.Count == 1
            && pa1.Timex.StartsWith("XXXX-", StringComparison.Ordinal) && pa1.Timex.Length == 10)
        {
            int mo = int.Parse(pa1.Timex[5..7], CultureInfo.InvariantCulture), dd = int.Parse(pa1.Timex[8..10], CultureInfo.InvariantCulture);
            var ed = pb1.Dates[0];
            if (dd > DateTime.DaysInMonth(ed.Year, mo)) return null;
            var sd = new DateTime(ed.Year, mo, dd);
            if (sd > ed) sd = sd.AddYears(-1);
            var timex = $"({Timex.Date(sd)},{Timex.Date(ed)},P{(ed - sd).Days}D)";
            return new DateTimeCandidate(s, b.End, "daterange", [Timex.Range(timex, "daterange", Timex.Date(sd), Timex.Date(ed))]);
        }
        if (a.Type == "date" && b.Type == "date" && a.Point is { } qa && b.Point is { } qb && qa.Dates.Count == 2 && qb.Dates.Count == 2)
        {
            var values = new List<Dictionary<string, object?>>();
            bool monthDay = qb.Timex.StartsWith("XXXX-", StringComparison.Ordinal) && qb.Timex.Length == 10 && qb.Timex[5] != 'W';
            for (int k = 0; k < 2; k++)
            {
                var sd = qa.Dates[k];
                var ed = qb.Dates[k];
                if (monthDay)
                {
                    int mo = int.Parse(qb.Timex[5..7], CultureInfo.InvariantCulture), dd = int.Parse(qb.Timex[8..10], CultureInfo.InvariantCulture);
                    ed = new DateTime(sd.Year, mo, Math.Min(dd, DateTime.DaysInMonth(sd.Year, mo)));
                    if (ed < sd) ed = ed.AddYears(1);
                }
                if (ed < sd) ed = ed.AddDays(7);
                values.Add(Timex.Range($"({qa.Timex},{qb.Timex},P{(ed - sd).Days}D)", "daterange", Timex.Date(sd), Timex.Date(ed)));
            }
            return new DateTimeCandidate(s, b.End, "daterange", values);
        }
        bool timeA = a.Type is "time" or "hour", timeB = b.Type is "time" or "hour";
        if (timeA && timeB && a.Point is { } ta2 && b.Point is { } tb2 && ta2.Times.Count == 2 && tb2.Times.Count == 2 && tb2.Times[0] > ta2.Times[0])
        {
            var values = new List<Dictionary<string, object?>>();
            for (int k = 0; k < 2; k++)
            {
                var st = ta2.Times[k];
                var en = tb2.Times[k];
                values.Add(Timex.Range($"({Timex.TimeTimex(st, ta2.HasMinutes)},{Timex.TimeTimex(en, tb2.HasMinutes)},{Dur(en - st)})", "timerange", Timex.Time(st), Timex.Time(en)));
            }
            // two bare numbers ("3-8") are a time range only next to a date
            bool bare = a.Type == "hour" && b.Type == "hour" && opener.Length == 0;
            return new DateTimeCandidate(s, b.End, bare ? "hourrange" : "timerange", values);
        }
        if (timeA && timeB && a.Point is { } ta && b.Point is { } tb)
        {
            var en = tb.Times[0];
            var st = ta.Times[0];
            if (tb.Times.Count == 1 && ta.Times.Count == 2 && ta.Times[1] < en) st = ta.Times[1];
            if (tb.Times.Count == 2 && tb.Times[0] <= st) en = tb.Times[1];
            if (en <= st) return null;
            var d = en - st;
            var dur = "PT" + (d.Hours > 0 ? d.Hours + "H" : "") + (d.Minutes > 0 ? d.Minutes + "M" : "");
            var timex = $"({Timex.TimeTimex(st, ta.HasMinutes)},{Timex.TimeTimex(en, tb.HasMinutes)},{dur})";
            return new DateTimeCandidate(s, b.End, "timerange", [Timex.Range(timex, "timerange", Timex.Time(st), Timex.Time(en))]);
        }
        if (MonthSpan(a) is { } ma && MonthSpan(b) is { } mb)
        {
            var values = new List<Dictionary<string, object?>>();
            for (int k = 0; k < Math.Max(ma.Starts.Count, mb.Starts.Count); k++)
            {
                var sb = mb.Starts[Math.Min(k, mb.Starts.Count - 1)];
                var sa = ma.Starts[Math.Min(k, ma.Starts.Count - 1)];
                if (!ma.KnownYear) { sa = new DateTime(sb.Year, sa.Month, 1); if (sa > sb) sa = sa.AddYears(-1); }
                if (!mb.KnownYear && ma.KnownYear) { sb = new DateTime(sa.Year, sb.Month, 1); if (sb < sa) sb = sb.AddYears(1); }
                if (sb <= sa) return null;
                int months = (sb.Year - sa.Year) * 12 + sb.Month - sa.Month;
                bool known = ma.KnownYear || mb.KnownYear;
                string D(DateTime d) => known ? Timex.Date(d) : "XXXX" + Timex.Date(d)[4..];
                values.Add(Timex.Range($"({D(sa)},{D(sb)},P{months}M)", "daterange", Timex.Date(sa), Timex.Date(sb)));
                if (known) break;
            }
            return new DateTimeCandidate(s, b.End, "daterange", values);
        }
        if (a.Type == "daterange" && b.Type == "daterange" && a.Values.Count == 1 && b.Values.Count == 1
            && a.Values[0]["timex"] is string ya && b.Values[0]["timex"] is string yb && ya.Length == 4 && yb.Length == 4)
        {
            int y1 = int.Parse(ya, CultureInfo.InvariantCulture), y2 = int.Parse(yb, CultureInfo.InvariantCulture);
            if (y2 <= y1) return null;
            return new DateTimeCandidate(s, b.End, "daterange", [Timex.Range($"({y1}-01-01,{y2}-01-01,P{y2 - y1}Y)", "daterange", $"{y1}-01-01", $"{y2}-01-01")]);
        }
        return null;
    }
}
