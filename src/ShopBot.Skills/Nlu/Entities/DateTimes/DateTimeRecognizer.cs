using System.Globalization;
using System.Text.RegularExpressions;
using static ShopBot.Skills.Nlu.Entities.DateTimes.DateWords;

namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>
/// English dates and times relative to a reference time, in the datetimeV2 result model: dates ("tomorrow",
/// "last Tuesday", "the 5th of May", "01/22/2016", "in 3 days"), date ranges ("next week", "this September",
/// "between Monday and Friday", "2014-2018"), times ("3pm", "half past seven"), date-times ("tomorrow 8:00am",
/// "in 5 minutes"), parts of days ("tomorrow night"), durations ("3 hours") and sets ("every Monday", "weekly").
/// Ambiguous expressions resolve to two values: the past and the future reading. All patterns run with
/// <see cref="RegexOptions.NonBacktracking"/> (linear time).
/// </summary>
public sealed class DateTimeRecognizer : IEntityRecognizer
{
    private const RegexOptions Opts = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    internal delegate DateTimeCandidate? Rule(Match m, DateTime reference, string text);

    /// <summary>Marks a rule that runs only on text with a digit; the words after it, if any, must occur too.</summary>
    private const string DigitMark = RuleTriggers.Digit;

    private static string[] Digits(params string[] literals) => [DigitMark, .. literals];
    // whole-word triggers: every spelling the patterns accept (DateWords.Weekday and .Month, the unit alternatives)
    private static readonly string[] Weekdays = RuleTriggers.Words(
        "mon", "monday", "mondays", "tue", "tues", "tuesday", "tuesdays", "wed", "wednesday", "wednesdays", "thu", "thur", "thurs",
        "thursday", "thursdays", "fri", "friday", "fridays", "sat", "saturday", "saturdays", "sun", "sunday", "sundays");
    private static readonly string[] Months = RuleTriggers.Words(
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december");
    private static readonly string[] Parts = ["morning", "afternoon", "evening", "night"];
    private static readonly string[] YearWords = ["thousand", "hundred", "teen", "twenty"];
    private static readonly string[] Units = RuleTriggers.WordsAndPlurals("year", "yr", "month", "week", "wk", "day", "hour", "hr", "minute", "min", "second", "sec");
    private static readonly string[] PeriodWords = RuleTriggers.Words("day", "week", "month", "year", "weekend", "hour");

    /// <summary>The ordinal day words of <see cref="DateWords.DayOrdinalWords"/>, whole ("first", "twentieth", "twentyfirst").</summary>
    private static readonly string[] DayOrdinalTriggers = DayOrdinals();

    private static string[] DayOrdinals()
    {
        string[] units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        string[] others = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth", "thirtieth", "thirtyfirst"];
        return RuleTriggers.Words([.. units, .. others, .. units.Select(u => "twenty" + u)]);
    }

    /// <summary>"5pm", "7 a.m.": am or pm (or a bare a/p) right after a digit literal.</summary>
    private static readonly string[] AmPmAfterDigits = [DigitMark, "#a", "#am", "#p", "#pm"];

    private static readonly RuleTriggers Triggers = new();

    /// <summary>Each pattern with its triggers (see <see cref="RuleTriggers"/>): one of them must hold for it to run.</summary>
    internal static readonly (Regex Pattern, Rule Build, int[] Triggers, bool NeedsDigit)[] Rules =
        BuildRules().Select(r => { var (ids, digit) = Triggers.Compile(r.Item3); return (r.Item1, r.Item2, ids, digit); }).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = Lower(text);
        var candidates = new List<DateTimeCandidate>();
        var scan = ScanFor(text, lower);
        foreach (var (pattern, build, triggers, needsDigit) in Rules)
        {
            if (!scan.Allows(triggers, needsDigit)) continue;
            for (var m = pattern.Match(lower); m.Success; m = m.NextMatch())
            {
                if (!IsWholeMatch(lower, m)) continue;
                var c = build(m, referenceTime, lower);
                if (c is not null) candidates.Add(c);
            }
        }
        SpelledDurations(text, lower, candidates);
        var chosen = Select(candidates);
        chosen = DateTimeCombiner.Combine(chosen, lower, referenceTime);
        chosen = DateTimeModifiers.Apply(chosen, lower, referenceTime);
        chosen.RemoveAll(c => c.Type is "hour" or "hourrange");
        for (int i = 0; i < chosen.Count; i++)
            if (chosen[i].Type == "part") chosen[i] = chosen[i] with { Type = "timerange" };
        var result = new List<EntityMatch>(chosen.Count);
        foreach (var c in chosen)
        {
            result.Add(new EntityMatch(lower[c.Start..c.End], c.Start, c.End - 1, "datetimeV2." + c.Type,
                new Dictionary<string, object?> { ["values"] = c.Values }));
        }
        return result;
    }

    /// <summary>A non-empty match that does not cut a word or number in two at either end.</summary>
    internal static bool IsWholeMatch(string lower, Match m)
    {
        if (m.Length == 0) return false;
        if (m.Index > 0 && char.IsLetterOrDigit(lower[m.Index - 1]) && char.IsLetterOrDigit(lower[m.Index])) return false;
        int e = m.Index + m.Length;
        return !(e < lower.Length && char.IsLetterOrDigit(lower[e]) && char.IsLetterOrDigit(lower[e - 1]));
    }

    /// <summary>The trigger scan of one message (for tests: a rule whose pattern matches must be allowed by it).</summary>
    internal static RuleTriggers.Scan ScanFor(string text, string lower) => new(Triggers, lower, Numbers.Tokenizer.Tokenize(text));

    /// <summary>The message lower-cased character by character (same length, so offsets carry over).</summary>
    internal static string Lower(string text) =>
        string.Create(text.Length, text, static (span, t) => { for (int i = 0; i < t.Length; i++) span[i] = char.ToLowerInvariant(t[i]); });

    private static readonly Dictionary<string, (char Unit, bool TimePart)> UnitWords = new(StringComparer.Ordinal)
    {
        ["year"] = ('Y', false), ["years"] = ('Y', false), ["month"] = ('M', false), ["months"] = ('M', false), ["week"] = ('W', false),
        ["weeks"] = ('W', false), ["day"] = ('D', false), ["days"] = ('D', false), ["night"] = ('D', false), ["nights"] = ('D', false),
        ["hour"] = ('H', true), ["hours"] = ('H', true), ["minute"] = ('M', true), ["minutes"] = ('M', true), ["second"] = ('S', true), ["seconds"] = ('S', true),
    };

    /// <summary>Durations whose number is any spelled or fractional number ("one and a half hours", "½ hour").</summary>
    private static void SpelledDurations(string text, string lower, List<DateTimeCandidate> candidates)
    {
        var tokens = Numbers.Tokenizer.Tokenize(text);
        bool any = false;
        foreach (var t in tokens)
            if (t.Kind == Numbers.TokenKind.Word && UnitWords.ContainsKey(t.Lower)) { any = true; break; }
        if (!any) return;
        var parser = Numbers.NumberParser.For(text, tokens);
        foreach (var p in parser.FindAll())
        {
            int n = p.Last + 1;
            if (n >= tokens.Count || tokens[n].Kind != Numbers.TokenKind.Word || !UnitWords.TryGetValue(tokens[n].Lower, out var u) || p.Value <= 0) continue;
            if (!string.IsNullOrWhiteSpace(text[tokens[p.Last].End..tokens[n].Start]) && tokens[n].Start != tokens[p.Last].End) continue;
            var v = Timex.Value(DurationTimex(p.Value, u.Unit, u.TimePart), "duration", Timex.N(p.Value * Timex.Seconds(u.Unit, u.TimePart)));
            candidates.Add(new DateTimeCandidate(tokens[p.First].Start, tokens[n].End, "duration", [v]));
        }
    }

    /// <summary>Longest first, then earliest; drops candidates overlapping a chosen one.</summary>
    internal static List<DateTimeCandidate> Select(List<DateTimeCandidate> candidates)
    {
        var ordered = candidates.Select((c, k) => (c, k)).OrderByDescending(x => x.c.Length).ThenBy(x => x.k).Select(x => x.c);
        var chosen = new List<DateTimeCandidate>();
        var taken = new SpanSet();
        foreach (var c in ordered)
            if (c.End > c.Start && taken.TryAdd(c.Start, c.End)) chosen.Add(c);
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static Regex R(string pattern) => new(pattern, Opts);

    private static (Regex, Rule, string[])[] BuildRules() =>
    [
        (R(@"\b(?:the\s+)?(?:day\s+after\s+tomorrow|day\s+before\s+yesterday|today|tomorrow|tmr|yesterday)\b"), RelativeDay, ["today", "tomorrow", "tmr", "yesterday"]),
        (R(@"\b(?:(this\s+upcoming|this\s+coming|this\s+past|this|next|last|previous|coming|upcoming|following|past)\s+(?:week\s+)?)?(" + Weekday + @")\b"), WeekdayRule, Weekdays),
        (R(@"\b(?:" + Weekday + @",?\s+)?(?:the\s+)?(" + Month + @")\.?\s*(?:the\s+)?(" + Day + @")(?:(?:\s*,\s*|\s+of\s+|\s+)(\d{4})|\s+of\s+('?\d{2}))?\b"), MonthDay, Months),
        (R(@"\b(?:" + Weekday + @",?\s+)?(?:the\s+)?(" + Day + @")\s+(?:of\s+)?(" + Month + @")(?:(?:\s*,\s*|\s+of\s+|\s+)(\d{4})|\s+of\s+('?\d{2}))?\b"), DayMonth, Months),
        (R(@"\b(?:the\s+)?(" + Month + @")\s+(?:the\s+)?(" + Day + "|" + DayCardinalWords + @")\s+(" + SpelledYear + @")()\b"), MonthDay, YearWords),
        (R(@"\b(?:the\s+)?(" + Day + "|" + DayCardinalWords + @")\s+(?:of\s+)?(" + Month + @")\s+(" + SpelledYear + @")()\b"), DayMonth, YearWords),
        (R(@"\b()(" + Month + @")()\s+(" + SpelledYear + @")()\b"), MonthRule, YearWords),
        (R(@"\b(?:in|since|by|until|till|before|after|from|to|through|during|of|and)\s+(" + SpelledYear + @")\b"), SpelledYearRule, YearWords),
        (R(@"\b(?:the\s+)?(" + Day + @")\s+century\b"), PeriodRules.Century, ["century"]),
        (R(@"\b(1[0-9]|20)?([0-9])0\s?'?s\b"), PeriodRules.Decade, Digits("0s", "0 s", "0's", "0 's")),
        (R(@"\b(?:the\s+)?(next|last|past|previous|coming|following)\s+(?:(" + SmallNumber + @")\s+)?decades?\b"), PeriodRules.Decades, ["decade"]),
        (R(@"\b(next|previous|past|last|coming|following|upcoming)\s+(" + SmallNumber + @")\s+(?:business|working)\s+days?\b"), PeriodRules.BusinessDays, ["business", "working"]),
        (R(@"\b(?:to|till|until)\s+(?:current\s+)?date\b"), PeriodRules.ToDate, ["date"]),
        (R(@"\b(year|month|week)\s+to\s+date\b"), PeriodRules.PeriodToDate, ["date"]),
        (R(@"\bfrom\s+(" + Month + @"|\d{4}-\d{2}-\d{2}|\d{4})\s+(?:to|till|until)\s+(?:current\s+)?date\b"), PeriodRules.FromToDate, ["date"]),
        (R(@"\b(?:(" + SmallNumber + @")\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\s+and\s+(?:a\s+)?(half|quarter)|(" + SmallNumber + @")\s+and\s+(?:a\s+)?(half|quarter)\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?))\b"), PeriodRules.FractionDuration, ["half", "quarter"]),
        (R(@"\b(the\s+)?(" + Day + @")\s+day\s+of\s+(?:(?:the|this)\s+(month)|(next|last|previous|following)\s+month|(" + Month + @"))\b"), PeriodRules.NthDayOf, RuleTriggers.Words("day")),
        (R(@"\bthe\s+(day|week|month|year)\b"), PeriodRules.ThePeriod, PeriodWords),
        (R(@"\bthe\s+(day|week|month|year)\s+after\s+next\b"), PeriodRules.AfterNext, ["after"]),
        (R(@"\b(this|next|last|previous|coming|following|past)\s+(?:working\s+week|work\s?week)\b"), PeriodRules.WorkWeek, ["work"]),
        (R(@"\b(" + SmallNumber + @")\s+weekends\b"), PeriodRules.Weekends, ["weekends"]),
        (R(@"\b(in\s+)?(a|one|two|three|\d+)\s+fortnights?(?:\s+(later|ago))?\b"), PeriodRules.FortnightShift, ["fortnight"]),
        (R(@"\b(1[89]\d\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b"), IsoDate, Digits("18", "19", "20")),
        (R(@"\b(\d{1,2})[-/](" + Month + @")[-/](\d{4})\b"), DayMonYear, Digits("-", "/")),
        (R(@"\b(1[0-2]|0?[1-9])[-/](1[89]\d\d|20\d\d)\b"), MonthYear, Digits("-", "/")),
        (R(@"\b(within)\s+(\d+(?:\.\d+)?)\s?(h|hrs?|mins?)\b"), NextN, Digits("within")),
        (R(@"\bevery\s+other\s+(day|week|month|year)\b"), PeriodRules.EveryOther, RuleTriggers.Words("other")),
        (R(@"\bany\s+weekend\b"), PeriodRules.AnyWeekend, RuleTriggers.Words("any")),
        (R(@"\banother\s+(day|week|month|year)\b"), PeriodRules.AnotherUnit, RuleTriggers.Words("another")),
        (R(@"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b"), IsoDate, Digits("-", "/")),
        (R(@"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b"), UsDate, Digits("/")),
        (R(@"\b(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})\b"), UsDate, Digits("-")),
        (R(@"\b(?:(this|next|last|previous|coming)\s+)?(" + Month + @")(?:(?:\s*[,/-]?\s*|\s+of\s+)(\d{4})|\s+of\s+('?\d{2}))?()\b"), MonthRule, Months),
        (R(@"\b(" + Weekday + @")\s+(?:the\s+)?(" + Day + @")\b"), WeekdayDay, Weekdays),
        (R(@"\b(this|next|last|previous|past|coming|upcoming|following|current)\s+(week|month|year|weekend)\b"), RelativePeriod, PeriodWords),
        (R(@"\b(?:the\s+|that\s+)?()(weekend)\b"), RelativePeriod, ["weekend"]),
        (R(@"\b(" + SmallNumber + @")\s+(next|past|last|previous|coming|upcoming)\s+(years|months|weeks|days|hours|minutes)\b"), NextNSwapped, RuleTriggers.Words("years", "months", "weeks", "days", "hours", "minutes")),
        (R(@"\b(next|past|last|previous|coming|upcoming)\s+()(hour|minute)\b"), NextN, RuleTriggers.Words("hour", "minute")),
        (R(@"\b(?:(?:all|whole|entire|the\s+whole|the\s+entire)\s+(day|week|month|year)|for\s+the\s+(hour))\b"), WholeUnit, PeriodWords),
        (R(@"\b(?:(this|next|last)\s+)?(spring|summer|fall|autumn|winter)\b"), Season, ["spring", "summer", "fall", "autumn", "winter"]),
        (R(@"\b(?:(this|next|last|previous|following|coming)\s+)?(" + Holidays.Pattern + @")(?:\s+(?:of\s+)?(\d{4}))?\b"), Holiday, ["christmas", "xmas", "new year", "independence", "halloween", "valentine", "earth day", "boxing", "patrick", "thanksgiving", "black friday", "cyber", "easter", "good friday", "mother", "father", "memorial", "labo", "king", "mlk", "veterans", "columbus", "groundhog"]),
        (R(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[\s-]+(o'?clock|fifteen|thirty|forty[\s-]five|twenty|ten|fifty|forty|oh\s+five|\w+ty[\s-]\w+))?\s*(a\s?\.?\s?m\s?\.?|p\s?\.?\s?m\s?\.?)"), SpelledTime, ["am", "pm", "a.m", "p.m", "a m", "p m", "a. m", "p. m", "a .", "p ."]),
        (R(@"\b(?:the\s+same|that)\s+(week|month|year|weekend)\b"), SamePeriod, RuleTriggers.Words("same", "that")),
        (R(@"\bweek\s+(\d{1,2})(?:\s+of\s+(\d{4}))?\b"), WeekNumber, RuleTriggers.Words("week")),
        (R(@"\b(?:(this|next|last|previous)\s+)?(fiscal|school|calendar)\s+year(?:\s+(\d{4}))?\b|\b(fy|sy|cy)\s*(\d{4}|\d{2})\b"), SpecialYear, RuleTriggers.Words("year", "fy", "sy", "cy")),
        (R(@"\b(\d{1,3}(?:\.\d+)?)(y|w|d|h)\b"), CompactDuration, [DigitMark, "#y", "#w", "#d", "#h"]),
        (R(@"\b(a|one|two|three|\d+)\s+fortnights?\b"), Fortnight, ["fortnight"]),
        (R(@"\bend\s+of\s+(?:the\s+)?(?:(this|next|last)\s+)?(day|week|month|year)\b"), EndOf, ["end"]),
        (R(@"\b(next|past|last|previous|coming|upcoming|following)\s+(" + SmallNumber + @")\s+quarters?\b"), NextQuarters, ["quarter"]),
        (R(@"\b(?:year\s+)?(1[89]\d\d|20\d\d)\b"), YearRule, Digits("18", "19", "20")),
        (R(@"\b(?:(this|next|last|previous|past|coming|following|current)\s+quarter|(?:q([1-4])|([1-4])(?:st|nd|rd|th)\s+quarter)(?:\s+of)?[\s-]*(\d{4})|(\d{4})[\s-]*q([1-4])|(\d{4})[\s-]*h([12])|h([12])[\s-]*(\d{4})|q([1-4]))\b"), QuarterRule, ["quarter", "q1", "q2", "q3", "q4", "q 1", "q 2", "q 3", "q 4", "h1", "h2", "h 1", "h 2", "q-", "h-"]),
        (R(@"\b(?:on\s+)?the\s+(" + Day + @")\b"), DayOfMonth, ["<the", .. DayOrdinalTriggers]),
        (R(@"\b(?:(this|next)\s+)?(1[0-2]|0?[1-9])[/.](3[01]|[12]\d|0?[1-9])\b"), MonthSlashDay, Digits("/", ".")),
        (R(@"\b(\d{4})[-/](" + Month + @")[-/](\d{1,2})\b"), YearMonDay, Digits("-", "/")),
        (R(@"\b(" + Month + @")[-/](\d{1,2})[-/](\d{4})\b"), MonDayYear, Digits("-", "/")),
        (R(@"\b(\d{4})-(1[0-2]|0?[1-9])\b"), YearDashMonth, Digits("-")),
        (R(@"\b(morning|afternoon|evening|night)\b"), BarePart, Parts),
        (R(@"\b(?:(" + Weekday + @")\s+)?(morning|afternoon|evening|night)s\b"), PartSet, Parts),
        (R(@"\b(" + Month + @")\.?\s+(" + Day + @")\s*(?:-|to|through|till|until)\s*(" + Day + @")(?:\s*,?\s*(\d{4}))?\b"), MonthDayRange, Months),
        (R(@"\b(3[01]|[12]\d|0?[1-9])\.(1[0-2]|0?[1-9])\.(\d{4})\b"), DottedDate, Digits(".")),
        (R(@"\b(?:(less|more)\s+than\s+)?(" + SmallNumber + @")[\s-]*(years?|yrs?|months?|weeks?|wks?|days?|nights?|hours?|hrs?|minutes?|mins?|min|seconds?|secs?|sec)\b"), Duration, [.. Units, "=night", "=nights"]),
        (R(@"\bin\s+(" + SmallNumber + @")\s*(years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b"), InDuration, Units),
        (R(@"\b(" + SmallNumber + @")\s*(years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\s+(ago|later|from\s+now|from\s+today)\b"), AgoLater, Units),
        (R(@"\b(next|past|last|previous|coming|upcoming|within|within\s+the\s+next|within\s+next)\s+(" + SmallNumber + @")\s+(years?|months?|weeks?|days?|hours?|minutes?|mins?)\b"), NextN, Units),
        (R(@"\b(semi-?annually|bi-?monthly|bi-?weekly|daily|weekly|monthly|yearly|annually|hourly|quarterly|everyday|nightly)\b"), SetWord, ["daily", "weekly", "monthly", "yearly", "annually", "hourly", "quarterly", "everyday", "nightly"]),
        (R(@"\b(?:every|each)\s+(?:(" + SmallNumber + @")\s+)?(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b"), EveryUnit, ["every", "each", "once"]),
        (R(@"\bonce\s+an?\s+(year|month|week|day|hour)\b"), EveryUnit, ["every", "each", "once"]),
        (R(@"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b"), EveryWeekday, Weekdays),
        (R(@"\b(?:every|each)\s+(morning|afternoon|evening|night|weekend)\b"), EveryPart, ["every", "each"]),
        (R(@"\b(?:every|each)\s+(" + Weekday + @")s?\b"), EveryWeekday, ["every", "each"]),
        (R(@"\b(?:at\s+)?(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*(a\s?\.\s?m\s?\.|p\s?\.\s?m\s?\.|a\.?\s?m\.?|p\.?\s?m\.?|am|pm|a|p)"), TimeAmPm, AmPmAfterDigits),
        (R(@"\b(?:at\s+)?([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?\b"), TimeColon, Digits(":")),
        (R(@"\b(?:at\s+)?(" + HourWord + @")\s*(?:o'?\s?clock)\b"), OClock, ["clock"]),
        (R(@"\b(?:at\s+)?(half|quarter|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s+min(?:ute)?s?)?\s+(past|to)\s+(" + HourWord + @")\b"), PastTo, RuleTriggers.Words("past", "to")),
        (R(@"\b(?:from|between)\s+([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*(?:-|to|and|until|till|through|for)\s"), RangeHour, Digits("from", "between")),
        (R(@"(?:-|\bto|\band|\buntil|\btill)\s*([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\b"), RangeHour, [DigitMark, "<-", "<to", "<and", "<until", "<till"]),
        (R(@"\bfrom\s+(\d{1,2})(?:[:.]([0-5]\d))?\s*$"), RangeHour, Digits("from")),
        (R(@"\b([01]?\d|2[0-3])\s*-\s*\d"), LeadingHour, Digits("-")),
        (R(@"\bat\s+(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\b"), AtHour, [DigitMark, "<at"]),
        (R(@"\b(" + HourWord + @")\s+in\s+the\s+(morning|afternoon|evening|night)\b"), HourInPart, Parts),
        (R(@"\b(noon|midday|midnight|mid\s+night)\b"), NoonMidnight, ["noon", "midday", "night"]),
        (R(@"\b(?:in\s+(?:the\s+)?)(morning|afternoon|evening|night)\b"), PartOfDay, Parts),
        (R(@"\b(this|tonight|tonite|tomorrow|yesterday|today|last|next)\s*(morning|afternoon|evening|night)?\b"), DatedPartOfDay, ["morning", "afternoon", "evening", "night", "tonite"]),
        (R(@"\b(?:(?:right\s+)?now|at\s+the\s+moment|at\s+present|at\s+the\s+minute)\b"), Now, ["now", "moment", "present", "minute"]),
        (R(@"\b(?:the\s+)?eod\b"), EndOfDay, ["eod"]),
    ];

    // ---------- dates ----------

    private static DateTimeCandidate Date(Match m, DateTime d) =>
        new(m.Index, m.Index + m.Length, "date", [Timex.Value(Timex.Date(d), "date", Timex.Date(d))]) { Point = new DatePoint(Timex.Date(d), [d.Date], []) };

    private static DateTimeCandidate TwoDates(int s, int e, string timex, DateTime past, DateTime future) =>
        new(s, e, "date", [Timex.Value(timex, "date", Timex.Date(past)), Timex.Value(timex, "date", Timex.Date(future))])
        { Point = new DatePoint(timex, [past, future], []) };

    private static DateTimeCandidate? RelativeDay(Match m, DateTime r, string t)
    {
        var v = m.Value;
        int off = v.Contains("after", StringComparison.Ordinal) ? 2 : v.Contains("before", StringComparison.Ordinal) ? -2
            : v.EndsWith("today", StringComparison.Ordinal) ? 0 : v.Contains("tom", StringComparison.Ordinal) || v.EndsWith("tmr", StringComparison.Ordinal) ? 1 : -1;
        return Date(m, r.Date.AddDays(off));
    }

    internal static DateTime MondayOf(DateTime d) => d.Date.AddDays(1 - Iso(d.DayOfWeek));

    private static DateTimeCandidate? WeekdayRule(Match m, DateTime r, string t)
    {
        int wd = WeekdayNumber(m.Groups[2].Value);
        var mod = m.Groups[1].Value;
        if (wd == 0) return null;
        if (m.Groups[2].Value is "sat" or "sun" or "mon" or "wed" && !m.Groups[1].Success && m.Groups[2].Value == "sun") { }
        var monday = MondayOf(r);
        switch (mod)
        {
            case "this" or "coming" or "upcoming":
                return Date(m, monday.AddDays(wd - 1));
            case "this upcoming" or "this coming":
            {
                int ahead = (wd - Iso(r.DayOfWeek) + 7) % 7;
                return Date(m, r.Date.AddDays(ahead == 0 ? 7 : ahead));
            }
            case "this past":
            {
                int behind = (Iso(r.DayOfWeek) - wd + 7) % 7;
                return Date(m, r.Date.AddDays(-(behind == 0 ? 7 : behind)));
            }
            case "next" or "following":
                return Date(m, monday.AddDays(7 + wd - 1));
            case "last" or "previous" or "past":
                return Date(m, monday.AddDays(-7 + wd - 1));
        }
        int iso = Iso(r.DayOfWeek);
        int back = (iso - wd + 7) % 7;
        int fwd = (wd - iso + 7) % 7;
        if (back == 0) back = 7;
        if (fwd == 0) fwd = 7;
        return TwoDates(m.Index, m.Index + m.Length, "XXXX-WXX-" + wd, r.Date.AddDays(-back), r.Date.AddDays(fwd));
    }

    private static DateTimeCandidate? MonthDayCore(Match m, DateTime r, int month, int day, string yearText)
    {
        if (month == 0 || day is < 1 or > 31) return null;
        if (yearText.Length > 0)
        {
            int y = YearNumber(yearText);
            if (y is < 1 or > 9999) return null;
            var timex = $"{y:0000}-{month:00}-{day:00}";
            if (day > DateTime.DaysInMonth(y, month))
                return new DateTimeCandidate(m.Index, m.Index + m.Length, "date", [Timex.Value(timex, "date", "not resolved")]);
            return Date(m, new DateTime(y, month, day));
        }
        var tx = $"XXXX-{month:00}-{day:00}";
        if (day > DateTime.DaysInMonth(2000, month))
            return new DateTimeCandidate(m.Index, m.Index + m.Length, "date", [Timex.Value(tx, "date", "not resolved")]);
        var (past, future) = PastFuture(r, month, day);
        return TwoDates(m.Index, m.Index + m.Length, tx, past, future);
    }

    internal static (DateTime Past, DateTime Future) PastFuture(DateTime r, int month, int day)
    {
        DateTime Make(int y) => new(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
        var thisYear = Make(r.Year);
        return thisYear < r.Date ? (thisYear, Make(r.Year + 1)) : (Make(r.Year - 1), thisYear);
    }

    private static DateTimeCandidate? MonthDay(Match m, DateTime r, string t) =>
        MonthDayCore(m, r, MonthNumber(m.Groups[1].Value), DayNumber(m.Groups[2].Value), m.Groups[3].Value + m.Groups[4].Value);

    private static DateTimeCandidate? DayMonth(Match m, DateTime r, string t) =>
        MonthDayCore(m, r, MonthNumber(m.Groups[2].Value), DayNumber(m.Groups[1].Value), m.Groups[3].Value + m.Groups[4].Value);

    private static DateTimeCandidate? IsoDate(Match m, DateTime r, string t)
    {
        int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return Date(m, new DateTime(y, mo, d));
    }

    private static DateTimeCandidate? DayMonYear(Match m, DateTime r, string t)
    {
        int d = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = MonthNumber(m.Groups[2].Value), y = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (mo == 0 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return Date(m, new DateTime(y, mo, d));
    }

    /// <summary>"12-2015", "3/2019": a month of a year, when the digits do not continue ("2010-2015-86" is no date).</summary>
    private static DateTimeCandidate? MonthYear(Match m, DateTime r, string t)
    {
        int s = m.Index, e = m.Index + m.Length;
        if (s > 0 && t[s - 1] is '-' or '/' or '+' or '.' or ':') return null;
        if (e < t.Length && t[e] is '-' or '/' or '.' && e + 1 < t.Length && char.IsAsciiDigit(t[e + 1])) return null;
        int mo = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), y = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return MonthRange(s, e, $"{y:0000}-{mo:00}", new DateTime(y, mo, 1));
    }

    private static DateTimeCandidate? UsDate(Match m, DateTime r, string t)
    {
        int end = m.Index + m.Length;
        if (end + 1 < t.Length && t[end] is '/' or '-' && char.IsAsciiDigit(t[end + 1])) return null;
        int mo = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        int y = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (y < 100) y += y < 50 ? 2000 : 1900;
        if (mo > 12 && d <= 12) (mo, d) = (d, mo);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return Date(m, new DateTime(y, mo, d));
    }

    // ---------- date ranges ----------

    private static DateTimeCandidate MonthRange(int s, int e, string timex, params DateTime[] starts) =>
        new(s, e, "daterange", starts.Select(st => Timex.Range(timex, "daterange", Timex.Date(st), Timex.Date(st.AddMonths(1)))).ToList());

    private static DateTimeCandidate? MonthRule(Match m, DateTime r, string t)
    {
        int month = MonthNumber(m.Groups[2].Value);
        var mod = m.Groups[1].Value;
        var yearText = m.Groups[3].Value + m.Groups[4].Value + m.Groups[5].Value;
        if (month == 0) return null;
        if (m.Groups[2].Value == "may" && mod.Length == 0 && yearText.Length == 0 && !PrecededBy(t, m.Index, "in", "since", "of", "during", "until", "by", "after", "before", "mid", "early", "late")) return null;
        if (m.Groups[2].Value == "may" && yearText.Length == 0 && FollowedByWord(t, m.Index + m.Length) is { Length: > 0 } nextWord
            && nextWord is not ("and" or "to" or "until" or "till" or "through")) return null;
        if (m.Groups[2].Value is "mar" or "jan" or "jun" or "jul" or "aug" or "sep" or "oct" or "nov" or "dec" or "feb" or "apr" && mod.Length == 0 && yearText.Length == 0
            && !PrecededBy(t, m.Index, "in", "since", "of", "during", "until", "by", "from", "to", "and", "between", "after", "before", "till", "early", "late", "mid", "middle", "through", "on")
            && !(m.Index + m.Length < t.Length && t[m.Index + m.Length] is '-' or '/')
            && !FollowedByWord(t, m.Index + m.Length).Equals("to", StringComparison.Ordinal)) return null;
        int s = m.Index, e = m.Index + m.Length;
        if (yearText.Length > 0)
        {
            int y = YearNumber(yearText);
            if (y is < 1 or > 9999) return null;
            return MonthRange(s, e, $"{y:0000}-{month:00}", new DateTime(y, month, 1));
        }
        switch (mod)
        {
            case "this": return MonthRange(s, e, $"{r.Year:0000}-{month:00}", new DateTime(r.Year, month, 1));
            case "next" or "coming": return MonthRange(s, e, $"{r.Year + 1:0000}-{month:00}", new DateTime(r.Year + 1, month, 1));
            case "last" or "previous": return MonthRange(s, e, $"{r.Year - 1:0000}-{month:00}", new DateTime(r.Year - 1, month, 1));
        }
        int pastYear = month < r.Month ? r.Year : r.Year - 1;
        if (s >= 4 && (t.AsSpan(0, s).EndsWith("mid-", StringComparison.Ordinal) || t.AsSpan(0, s).EndsWith("mid ", StringComparison.Ordinal)))
        {
            var mid = new[] { pastYear, pastYear + 1 }.Select(y => new Dictionary<string, object?>
            {
                ["timex"] = $"XXXX-{month:00}", ["Mod"] = "mid", ["type"] = "daterange",
                ["start"] = Timex.Date(new DateTime(y, month, 10)), ["end"] = Timex.Date(new DateTime(y, month, 21)),
            }).ToList();
            return new DateTimeCandidate(s - 4, e, "daterange", mid);
        }
        return MonthRange(s, e, $"XXXX-{month:00}", new DateTime(pastYear, month, 1), new DateTime(pastYear + 1, month, 1));
    }

    private static string FollowedByWord(string t, int index)
    {
        int j = index;
        while (j < t.Length && t[j] == ' ') j++;
        int s = j;
        while (j < t.Length && char.IsLetter(t[j])) j++;
        return t[s..j];
    }

    internal static bool PrecededBy(string t, int index, params string[] words)
    {
        int j = index - 1;
        while (j >= 0 && t[j] == ' ') j--;
        int end = j + 1;
        while (j >= 0 && char.IsLetter(t[j])) j--;
        var w = t[(j + 1)..end];
        return words.Contains(w);
    }

    private static DateTimeCandidate? RelativePeriod(Match m, DateTime r, string t)
    {
        var mod = m.Groups[1].Value;
        int off = mod is "next" or "coming" or "upcoming" or "following" ? 1 : mod is "last" or "previous" or "past" ? -1 : 0;
        int s = m.Index, e = m.Index + m.Length;
        switch (m.Groups[2].Value)
        {
            case "week":
            {
                var monday = MondayOf(r).AddDays(7 * off);
                var timex = $"{ISOWeek.GetYear(monday):0000}-W{ISOWeek.GetWeekOfYear(monday):00}";
                return new DateTimeCandidate(s, e, "daterange", [Timex.Range(timex, "daterange", Timex.Date(monday), Timex.Date(monday.AddDays(7)))]);
            }
            case "weekend":
            {
                var sat = MondayOf(r).AddDays(7 * off + 5);
                var timex = $"{ISOWeek.GetYear(sat):0000}-W{ISOWeek.GetWeekOfYear(sat):00}-WE";
                return new DateTimeCandidate(s, e, "daterange", [Timex.Range(timex, "daterange", Timex.Date(sat), Timex.Date(sat.AddDays(2)))]);
            }
            case "month":
            {
                var first = new DateTime(r.Year, r.Month, 1).AddMonths(off);
                return MonthRange(s, e, $"{first.Year:0000}-{first.Month:00}", first);
            }
            default:
            {
                int y = r.Year + off;
                return new DateTimeCandidate(s, e, "daterange", [Timex.Range($"{y:0000}", "daterange", $"{y:0000}-01-01", $"{y + 1:0000}-01-01")]);
            }
        }
    }

    /// <summary>"monday 21": the nearest months, before and after, in which that day falls on that weekday.</summary>
    private static DateTimeCandidate? WeekdayDay(Match m, DateTime r, string t)
    {
        int wd = WeekdayNumber(m.Groups[1].Value), day = DayNumber(m.Groups[2].Value);
        if (wd == 0 || day is < 1 or > 31) return null;
        int e = m.Index + m.Length;
        if (e < t.Length && (t[e] is ':' or '.' or '-' || char.IsLetter(FollowedByWord(t, e) is { Length: > 0 } w ? w[0] : ' ') && (MonthNumber(FollowedByWord(t, e).PadRight(3)) > 0 || FollowedByWord(t, e) is "am" or "pm" or "oclock" or "o"))) return null;
        DateTime? Find(int step)
        {
            var month = new DateTime(r.Year, r.Month, 1);
            for (int k = 0; k < 36; k++, month = month.AddMonths(step))
            {
                if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
                var d = new DateTime(month.Year, month.Month, day);
                if (Iso(d.DayOfWeek) == wd && (step < 0 ? d < r.Date : d >= r.Date)) return d;
            }
            return null;
        }
        if (Find(-1) is not { } past || Find(1) is not { } future) return null;
        return TwoDates(m.Index, e, "XXXX-WXX-" + wd, past, future);
    }

    private static DateTimeCandidate? PartSet(Match m, DateTime r, string t)
    {
        var code = DayPart(m.Groups[2].Value).Code;
        var timex = m.Groups[1].Success ? $"XXXX-WXX-{WeekdayNumber(m.Groups[1].Value)}T{code}" : "T" + code;
        return SetOf(m, timex);
    }

    private static DateTimeCandidate? MonthDayRange(Match m, DateTime r, string t)
    {
        int month = MonthNumber(m.Groups[1].Value), d1 = DayNumber(m.Groups[2].Value), d2 = DayNumber(m.Groups[3].Value);
        if (month == 0 || d1 < 1 || d2 <= d1 || d2 > DateTime.DaysInMonth(2000, month)) return null;
        int s = m.Index, e = m.Index + m.Length;
        if (m.Groups[4].Success)
        {
            int y = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
            if (d2 > DateTime.DaysInMonth(y, month)) return null;
            var a = new DateTime(y, month, d1);
            var b = new DateTime(y, month, d2);
            return new DateTimeCandidate(s, e, "daterange", [Timex.Range($"({Timex.Date(a)},{Timex.Date(b)},P{(b - a).Days}D)", "daterange", Timex.Date(a), Timex.Date(b))]);
        }
        var (past, future) = PastFuture(r, month, d1);
        var tx = $"(XXXX-{month:00}-{d1:00},XXXX-{month:00}-{d2:00},P{d2 - d1}D)";
        return new DateTimeCandidate(s, e, "daterange",
            [Timex.Range(tx, "daterange", Timex.Date(past), Timex.Date(past.AddDays(d2 - d1))), Timex.Range(tx, "daterange", Timex.Date(future), Timex.Date(future.AddDays(d2 - d1)))]);
    }

    private static DateTimeCandidate? DottedDate(Match m, DateTime r, string t)
    {
        int d = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), y = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (d > DateTime.DaysInMonth(y, mo)) return null;
        return Date(m, new DateTime(y, mo, d));
    }

    /// <summary>"the same week", "that weekend": a period of unknown reference (Mod ref_undef), resolved around the reference time.</summary>
    private static DateTimeCandidate? SamePeriod(Match m, DateTime r, string t)
    {
        var monday = MondayOf(r);
        var (timex, start, end) = m.Groups[1].Value switch
        {
            "week" => ("XXXX-WXX", monday, monday.AddDays(7)),
            "weekend" => ("XXXX-WXX-WE", monday.AddDays(5), monday.AddDays(7)),
            "month" => ("XXXX-XX", new DateTime(r.Year, r.Month, 1), new DateTime(r.Year, r.Month, 1).AddMonths(1)),
            _ => ("XXXX", new DateTime(r.Year, 1, 1), new DateTime(r.Year + 1, 1, 1)),
        };
        int s = m.Value.StartsWith("the", StringComparison.Ordinal) ? m.Index + 4 : m.Index;
        return new DateTimeCandidate(s, m.Index + m.Length, "daterange",
            [new() { ["timex"] = timex, ["Mod"] = "ref_undef", ["type"] = "daterange", ["start"] = Timex.Date(start), ["end"] = Timex.Date(end) }]);
    }

    private static DateTimeCandidate? WeekNumber(Match m, DateTime r, string t)
    {
        int w = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int y = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : r.Year;
        if (w < 1 || w > ISOWeek.GetWeeksInYear(y)) return null;
        var monday = ISOWeek.ToDateTime(y, w, DayOfWeek.Monday);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange", [Timex.Range($"{y:0000}-W{w:00}", "daterange", Timex.Date(monday), Timex.Date(monday.AddDays(7)))]);
    }

    private static DateTimeCandidate? SpecialYear(Match m, DateTime r, string t)
    {
        string kind;
        int? year = null;
        if (m.Groups[4].Success)
        {
            kind = m.Groups[4].Value;
            var yt = m.Groups[5].Value;
            year = int.Parse(yt, CultureInfo.InvariantCulture) + (yt.Length == 2 ? 2000 : 0);
        }
        else
        {
            kind = m.Groups[2].Value[..1] + "y";
            int off = m.Groups[1].Value switch { "next" => 1, "last" or "previous" => -1, "this" => 0, _ => int.MinValue };
            if (m.Groups[3].Success) year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            else if (off != int.MinValue) year = r.Year + off;
        }
        int s = m.Index, e = m.Index + m.Length;
        if (kind == "cy")
        {
            if (year is not int y) return null;
            return new DateTimeCandidate(s, e, "daterange", [Timex.Range($"{y:0000}", "daterange", $"{y:0000}-01-01", $"{y + 1:0000}-01-01")]);
        }
        var prefix = kind.ToUpperInvariant();
        return new DateTimeCandidate(s, e, "daterange", [Timex.Value(prefix + (year is int yy ? yy.ToString("0000", CultureInfo.InvariantCulture) : "XXXX"), "daterange", "not resolved")]);
    }

    private static DateTimeCandidate? CompactDuration(Match m, DateTime r, string t)
    {
        double n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var (unit, tp) = m.Groups[2].Value switch { "y" => ('Y', false), "w" => ('W', false), "d" => ('D', false), _ => ('H', true) };
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "duration", [Timex.Value(DurationTimex(n, unit, tp), "duration", Timex.N(n * Timex.Seconds(unit, tp)))]);
    }

    private static DateTimeCandidate? Fortnight(Match m, DateTime r, string t)
    {
        double n = Number(m.Groups[1].Value);
        if (double.IsNaN(n)) return null;
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "duration", [Timex.Value(DurationTimex(2 * n, 'W', false), "duration", Timex.N(2 * n * 604800))]);
    }

    private static DateTimeCandidate? Holiday(Match m, DateTime r, string t)
    {
        var name = m.Groups[2].Value;
        int s = m.Index, e = m.Index + m.Length;
        if (m.Groups[3].Success)
        {
            int y = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            return Holidays.On(name, y) is { } d ? Date(m, d) : null;
        }
        if (Holidays.On(name, r.Year) is not { } thisYear) return null;
        switch (m.Groups[1].Value)
        {
            case "this": return Date(m, thisYear);
            case "last" or "previous": return Date(m, Holidays.On(name, r.Year - 1)!.Value);
            case "next" or "following" or "coming": return Date(m, Holidays.On(name, r.Year + 1)!.Value);
        }
        var past = thisYear < r.Date ? thisYear : Holidays.On(name, r.Year - 1)!.Value;
        var future = thisYear >= r.Date ? thisYear : Holidays.On(name, r.Year + 1)!.Value;
        return TwoDates(s, e, $"XXXX-{future.Month:00}-{future.Day:00}", past, future);
    }

    private static DateTimeCandidate? SpelledTime(Match m, DateTime r, string t)
    {
        int h = HourNumber(m.Groups[1].Value);
        int mi = 0;
        if (m.Groups[2].Success && !m.Groups[2].Value.Contains("clock", StringComparison.Ordinal))
        {
            var mw = m.Groups[2].Value.Replace("oh ", "", StringComparison.Ordinal).Replace('-', ' ');
            double v = Number(mw);
            if (double.IsNaN(v) || v is < 0 or > 59) return null;
            mi = (int)v;
        }
        bool pm = m.Groups[3].Value.StartsWith('p');
        if (pm && h < 12) h += 12;
        if (!pm && h == 12) h = 0;
        int e = m.Index + m.Length;
        while (e > m.Index && t[e - 1] == ' ') e--;
        var ap = m.Groups[3].Value;
        if (ap.EndsWith('.') && !ap[..^1].Contains('.')) e--;
        return TimeCandidate(m.Index, e, new TimeSpan(h, mi, 0), mi != 0, false, false);
    }

    private static DateTimeCandidate? EndOf(Match m, DateTime r, string t)
    {
        var mod = m.Groups[1].Value;
        int off = mod == "next" ? 1 : mod == "last" ? -1 : 0;
        int s = m.Index, e = m.Index + m.Length;
        Dictionary<string, object?> V(string timex, DateTime start, DateTime end) =>
            new() { ["timex"] = timex, ["Mod"] = "end", ["type"] = "daterange", ["start"] = Timex.Date(start), ["end"] = Timex.Date(end) };
        switch (m.Groups[2].Value)
        {
            case "day":
            {
                var d = r.Date.AddDays(off).AddHours(23).AddMinutes(59).AddSeconds(59);
                return new DateTimeCandidate(s, e, "datetime", [Timex.Value(d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), "datetime", Timex.DateTimeValue(d))]);
            }
            case "week":
            {
                var monday = MondayOf(r).AddDays(7 * off);
                return new DateTimeCandidate(s, e, "daterange", [V($"{ISOWeek.GetYear(monday):0000}-W{ISOWeek.GetWeekOfYear(monday):00}", monday.AddDays(3), monday.AddDays(7))]);
            }
            case "month":
            {
                var first = new DateTime(r.Year, r.Month, 1).AddMonths(off);
                return new DateTimeCandidate(s, e, "daterange", [V($"{first.Year:0000}-{first.Month:00}", first.AddDays(15), first.AddMonths(1))]);
            }
            default:
            {
                int y = r.Year + off;
                return new DateTimeCandidate(s, e, "daterange", [V($"{y:0000}", new DateTime(y, 7, 1), new DateTime(y + 1, 1, 1))]);
            }
        }
    }

    private static DateTimeCandidate? YearRule(Match m, DateTime r, string t)
    {
        bool context = m.Value.StartsWith("year", StringComparison.Ordinal)
            || PrecededBy(t, m.Index, "in", "during", "since", "by", "until", "before", "after", "of", "between", "from", "and", "to", "through", "till", "the", "than", "year")
            || (m.Index + m.Length + 4 < t.Length && t[m.Index + m.Length] is '-' or '~' && char.IsAsciiDigit(t[m.Index + m.Length + 4]))
            || (m.Index > 0 && t[m.Index - 1] is '-' or '~' or '=')
            || t.Trim() == m.Value;
        if (!context) return null;
        int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var g = m.Groups[1];
        bool keepWord = m.Value.StartsWith("year", StringComparison.Ordinal);
        int s = keepWord ? m.Index : g.Index;
        return new DateTimeCandidate(s, g.Index + g.Length, "daterange", [Timex.Range($"{y:0000}", "daterange", $"{y:0000}-01-01", $"{y + 1:0000}-01-01")]);
    }

    private static DateTimeCandidate? SpelledYearRule(Match m, DateTime r, string t)
    {
        var g = m.Groups[1];
        int y = YearNumber(g.Value);
        if (y is < 1000 or > 2999) return null;
        return new DateTimeCandidate(g.Index, g.Index + g.Length, "daterange", [Timex.Range($"{y:0000}", "daterange", $"{y:0000}-01-01", $"{y + 1:0000}-01-01")]);
    }

    private static DateTimeCandidate QuarterOf(int s, int e, int year, int q, bool knownYear, int months = 3)
    {
        var start = new DateTime(year, (q - 1) * months + 1, 1);
        var end = start.AddMonths(months);
        string y(DateTime d) => knownYear ? Timex.Date(d) : "XXXX" + Timex.Date(d)[4..];
        var timex = $"({y(start)},{(knownYear ? Timex.Date(end) : "XXXX" + Timex.Date(end)[4..])},P{months}M)";
        return new DateTimeCandidate(s, e, "daterange", [Timex.Range(timex, "daterange", Timex.Date(start), Timex.Date(end))]);
    }

    private static DateTimeCandidate? QuarterRule(Match m, DateTime r, string t)
    {
        int s = m.Index, e = m.Index + m.Length;
        var g = m.Groups;
        int I(int k) => int.Parse(g[k].Value, CultureInfo.InvariantCulture);
        if (g[1].Success)
        {
            int cur = (r.Month - 1) / 3;
            int off = g[1].Value is "next" or "coming" or "following" ? 1 : g[1].Value is "last" or "previous" or "past" ? -1 : 0;
            var first = new DateTime(r.Year, cur * 3 + 1, 1).AddMonths(3 * off);
            return QuarterOf(s, e, first.Year, (first.Month - 1) / 3 + 1, true);
        }
        if (g[4].Success) return QuarterOf(s, e, I(4), g[2].Success ? I(2) : I(3), true);
        if (g[5].Success) return QuarterOf(s, e, I(5), I(6), true);
        if (g[7].Success) return QuarterOf(s, e, I(7), I(8), true, 6);
        if (g[9].Success) return QuarterOf(s, e, I(10), I(9), true, 6);
        if (g[11].Success)
        {
            int q = I(11);
            var past = QuarterOf(s, e, new DateTime(r.Year, (q - 1) * 3 + 1, 1) < r ? r.Year : r.Year - 1, q, false);
            var future = QuarterOf(s, e, past.Values[0]["start"] is string ps && int.Parse(ps[..4], CultureInfo.InvariantCulture) is var py ? py + 1 : r.Year, q, false);
            return new DateTimeCandidate(s, e, "daterange", [past.Values[0], future.Values[0]]);
        }
        return null;
    }

    private static DateTimeCandidate? DayOfMonth(Match m, DateTime r, string t)
    {
        int day = DayNumber(m.Groups[1].Value);
        if (day is < 1 or > 31) return null;
        if (!char.IsAsciiDigit(m.Groups[1].Value[0]) && day < 2) return null;
        if (char.IsAsciiDigit(m.Groups[1].Value[0]) && !char.IsLetter(m.Groups[1].Value[^1])) return null;
        bool on = m.Value.StartsWith("on", StringComparison.Ordinal);
        if (!on && !PrecededBy(t, m.Index, "of", "before", "after", "by", "until", "till", "since", "from", "between", "and", "to")) return null;
        int s = on ? m.Index + m.Value.IndexOf("the", StringComparison.Ordinal) : m.Index;
        var thisMonth = new DateTime(r.Year, r.Month, 1);
        DateTime At(DateTime month) => month.AddDays(Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)) - 1);
        var cur = At(thisMonth);
        var (past, future) = cur < r.Date ? (cur, At(thisMonth.AddMonths(1))) : (At(thisMonth.AddMonths(-1)), cur);
        return TwoDates(s, m.Index + m.Length, $"XXXX-XX-{day:00}", past, future);
    }

    private static DateTimeCandidate? MonthSlashDay(Match m, DateTime r, string t)
    {
        int mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        int e = m.Index + m.Length;
        if (e < t.Length && (t[e] is '/' || (t[e] is '.' && e + 1 < t.Length && char.IsAsciiDigit(t[e + 1])))) return null;
        if (m.Index > 0 && t[m.Index - 1] is '/' or '.' or '-' or '$') return null;
        if (d > DateTime.DaysInMonth(2000, mo)) return null;
        var tx = $"XXXX-{mo:00}-{d:00}";
        var (past, future) = PastFuture(r, mo, d);
        return m.Groups[1].Value switch
        {
            "this" => new DateTimeCandidate(m.Index, e, "date", [Timex.Value(tx, "date", Timex.Date(new DateTime(r.Year, mo, d)))]) { Point = new DatePoint(tx, [new DateTime(r.Year, mo, d)], []) },
            "next" => new DateTimeCandidate(m.Index, e, "date", [Timex.Value(tx, "date", Timex.Date(new DateTime(r.Year + 1, mo, d)))]) { Point = new DatePoint(tx, [new DateTime(r.Year + 1, mo, d)], []) },
            _ => TwoDates(m.Index, e, tx, past, future),
        };
    }

    private static DateTimeCandidate? YearMonDay(Match m, DateTime r, string t) =>
        MonthDayCore(m, r, MonthNumber(m.Groups[2].Value), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), m.Groups[1].Value);

    private static DateTimeCandidate? MonDayYear(Match m, DateTime r, string t) =>
        MonthDayCore(m, r, MonthNumber(m.Groups[1].Value), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[3].Value);

    private static DateTimeCandidate? YearDashMonth(Match m, DateTime r, string t)
    {
        int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (y < 1800 || y > 2100) return null;
        int e = m.Index + m.Length;
        if (e < t.Length && t[e] is '-' or '/') return null;
        return MonthRange(m.Index, e, $"{y:0000}-{mo:00}", new DateTime(y, mo, 1));
    }

    private static DateTimeCandidate? BarePart(Match m, DateTime r, string t)
    {
        if (PrecededBy(t, m.Index, "good")) return null;
        var (code, sh, eh) = DayPart(m.Groups[1].Value);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "part",
            [Timex.Range("T" + code, "timerange", $"{sh:00}:00:00", eh == 24 ? "23:59:59" : $"{eh:00}:00:00")]);
    }

    // ---------- durations ----------

    internal static (char Unit, bool TimePart) Unit(string u) => u[0] switch
    {
        'y' => ('Y', false),
        'w' => ('W', false),
        'd' => ('D', false),
        'n' => ('D', false),
        'h' => ('H', true),
        's' => ('S', true),
        'm' when u.StartsWith("mo", StringComparison.Ordinal) => ('M', false),
        _ => ('M', true),
    };

    internal static string DurationTimex(double n, char unit, bool timePart) => (timePart ? "PT" : "P") + Timex.N(n) + unit;

    private static DateTimeCandidate? Duration(Match m, DateTime r, string t)
    {
        if (m.Groups[2].Value is "a" or "an" && m.Groups[3].Value == "second") return null;
        double n = Number(m.Groups[2].Value);
        if (double.IsNaN(n) || n <= 0) return null;
        var (unit, tp) = Unit(m.Groups[3].Value);
        var v = Timex.Value(DurationTimex(n, unit, tp), "duration", Timex.N(n * Timex.Seconds(unit, tp)));
        if (m.Groups[1].Success) v["Mod"] = m.Groups[1].Value;
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "duration", [v]);
    }

    private static DateTime Shift(DateTime r, double n, char unit, bool tp, int sign) => (unit, tp) switch
    {
        ('Y', false) => r.AddYears(sign * (int)n),
        ('M', false) => r.AddMonths(sign * (int)n),
        ('W', false) => r.AddDays(sign * 7 * n),
        ('D', false) => r.AddDays(sign * n),
        ('H', true) => r.AddHours(sign * n),
        ('M', true) => r.AddMinutes(sign * n),
        _ => r.AddSeconds(sign * n),
    };

    private static DateTimeCandidate? Shifted(Match m, DateTime r, double n, string unitText, int sign)
    {
        if (double.IsNaN(n) || n <= 0) return null;
        var (unit, tp) = Unit(unitText);
        var d = Shift(r, n, unit, tp, sign);
        if (!tp) return Date(m, d.Date);
        var timex = d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "datetime", [Timex.Value(timex, "datetime", Timex.DateTimeValue(d))]);
    }

    private static DateTimeCandidate? InDuration(Match m, DateTime r, string t) => Shifted(m, r, Number(m.Groups[1].Value), m.Groups[2].Value, 1);

    private static DateTimeCandidate? AgoLater(Match m, DateTime r, string t) =>
        Shifted(m, r, Number(m.Groups[1].Value), m.Groups[2].Value, m.Groups[3].Value == "ago" ? -1 : 1);

    private static DateTimeCandidate? NextQuarters(Match m, DateTime r, string t)
    {
        double n = Number(m.Groups[2].Value);
        if (double.IsNaN(n) || n <= 0 || n != Math.Floor(n)) return null;
        var cur = new DateTime(r.Year, (r.Month - 1) / 3 * 3 + 1, 1);
        bool past = m.Groups[1].Value is "past" or "last" or "previous";
        var start = past ? cur.AddMonths(-3 * (int)n) : cur.AddMonths(3);
        var end = start.AddMonths(3 * (int)n);
        var timex = $"({Timex.Date(start)},{Timex.Date(end)},P{3 * (int)n}M)";
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange", [Timex.Range(timex, "daterange", Timex.Date(start), Timex.Date(end))]);
    }

    private static DateTimeCandidate? NextNSwapped(Match m, DateTime r, string t) => NextNCore(m, r, m.Groups[2].Value, m.Groups[1].Value, m.Groups[3].Value);

    private static DateTimeCandidate? WholeUnit(Match m, DateTime r, string t)
    {
        var (unit, tp) = Unit(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        int s = m.Value.StartsWith("for", StringComparison.Ordinal) ? m.Index + 4 : m.Index;
        return new DateTimeCandidate(s, m.Index + m.Length, "duration", [Timex.Value(DurationTimex(1, unit, tp), "duration", Timex.N(Timex.Seconds(unit, tp)))]);
    }

    private static DateTimeCandidate? Season(Match m, DateTime r, string t)
    {
        var code = m.Groups[2].Value switch { "spring" => "SP", "summer" => "SU", "winter" => "WI", _ => "FA" };
        var mod = m.Groups[1].Value;
        var timex = mod switch { "this" => $"{r.Year}-{code}", "next" => $"{r.Year + 1}-{code}", "last" => $"{r.Year - 1}-{code}", _ => code };
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange", [Timex.Value(timex, "daterange", "not resolved")]);
    }

    private static DateTimeCandidate? NextN(Match m, DateTime r, string t) => NextNCore(m, r, m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);

    private static DateTimeCandidate? NextNCore(Match m, DateTime r, string modText, string numberText, string unitText)
    {
        double n = numberText.Length == 0 ? 1 : Number(numberText);
        if (double.IsNaN(n) || n <= 0 || n != Math.Floor(n)) return null;
        var (unit, timePart) = Unit(unitText);
        var mod = modText;
        if (timePart)
        {
            bool back = mod is "past" or "last" or "previous";
            var from = back ? Shift(r, n, unit, true, -1) : r;
            var to = back ? r : Shift(r, n, unit, true, 1);
            string F(DateTime d) => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            return new DateTimeCandidate(m.Index, m.Index + m.Length, "datetimerange",
                [Timex.Range($"({F(from)},{F(to)},{DurationTimex(n, unit, true)})", "datetimerange", Timex.DateTimeValue(from), Timex.DateTimeValue(to))]);
        }
        DateTime start, end;
        if (mod is "past" or "last" or "previous")
        {
            end = r.Date;
            start = Shift(end, n, unit, false, -1);
        }
        else if (mod.StartsWith("within", StringComparison.Ordinal))
        {
            start = r.Date;
            end = Shift(start, n, unit, false, 1);
        }
        else
        {
            start = r.Date.AddDays(1);
            end = Shift(start, n, unit, false, 1);
        }
        var timex = $"({Timex.Date(start)},{Timex.Date(end)},P{Timex.N(n)}{unit})";
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "daterange", [Timex.Range(timex, "daterange", Timex.Date(start), Timex.Date(end))]);
    }

    // ---------- sets ----------

    private static DateTimeCandidate SetOf(Match m, string timex) =>
        new(m.Index, m.Index + m.Length, "set", [Timex.Value(timex, "set", "not resolved")]);

    private static DateTimeCandidate? SetWord(Match m, DateTime r, string t) => SetOf(m, m.Groups[1].Value switch
    {
        "daily" or "everyday" or "nightly" => "P1D",
        "weekly" => "P1W",
        "biweekly" or "bi-weekly" => "P2W",
        "bimonthly" or "bi-monthly" => "P2M",
        "semiannually" or "semi-annually" => "P0.5Y",
        "monthly" => "P1M",
        "quarterly" => "P3M",
        "hourly" => "PT1H",
        _ => "P1Y",
    });

    private static DateTimeCandidate? EveryUnit(Match m, DateTime r, string t)
    {
        var unitGroup = m.Groups.Count > 2 && m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value;
        double n = m.Groups.Count > 2 && m.Groups[1].Success && m.Groups[2].Success ? Number(m.Groups[1].Value) : 1;
        if (double.IsNaN(n)) return null;
        var (unit, tp) = Unit(unitGroup);
        return SetOf(m, DurationTimex(n, unit, tp));
    }

    private static DateTimeCandidate? EveryPart(Match m, DateTime r, string t) =>
        SetOf(m, m.Groups[1].Value == "weekend" ? "XXXX-WXX-WE" : "T" + DayPart(m.Groups[1].Value).Code);

    private static DateTimeCandidate? EveryWeekday(Match m, DateTime r, string t) => SetOf(m, "XXXX-WXX-" + WeekdayNumber(m.Groups[1].Value));

    // ---------- times ----------

    internal static DateTimeCandidate TimeCandidate(int s, int e, TimeSpan time, bool minutes, bool seconds, bool ambiguous)
    {
        var values = new List<Dictionary<string, object?>> { Timex.Value(Timex.TimeTimex(time, minutes, seconds), "time", Timex.Time(time)) };
        var times = new List<TimeSpan> { time };
        if (ambiguous && time.Hours < 12)
        {
            var pm = time.Add(TimeSpan.FromHours(12));
            values.Add(Timex.Value(Timex.TimeTimex(pm, minutes, seconds), "time", Timex.Time(pm)));
            times.Add(pm);
        }
        return new DateTimeCandidate(s, e, "time", values) { Point = new DatePoint(Timex.TimeTimex(time, minutes, seconds), [], times, minutes) };
    }

    private static int HourNumber(string s)
    {
        double n = Number(s);
        return double.IsNaN(n) ? -1 : (int)n;
    }

    private static DateTimeCandidate? TimeAmPm(Match m, DateTime r, string t)
    {
        int h = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int mi = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        int sec = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (h is < 0 or > 12 || mi > 59 || sec > 59) return null;
        bool pm = m.Groups[4].Value.StartsWith('p');
        if (pm && h < 12) h += 12;
        if (!pm && h == 12) h = 0;
        int s = m.Value.StartsWith("at", StringComparison.Ordinal) ? m.Groups[1].Index : m.Index;
        return TimeCandidate(s, m.Index + m.Length, new TimeSpan(h, mi, sec), m.Groups[2].Success, m.Groups[3].Success, false);
    }

    private static DateTimeCandidate? TimeColon(Match m, DateTime r, string t)
    {
        int h = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mi = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        int sec = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        int s = m.Value.StartsWith("at", StringComparison.Ordinal) ? m.Groups[1].Index : m.Index;
        return TimeCandidate(s, m.Index + m.Length, new TimeSpan(h, mi, sec), true, m.Groups[3].Success, h <= 12 && h > 0);
    }

    /// <summary>A bare hour at one end of a range ("from 5 to 6pm", "7 to 7:30"); kept only when it joins a range.</summary>
    private static DateTimeCandidate? RangeHour(Match m, DateTime r, string t)
    {
        var g = m.Groups[1];
        int e = m.Groups[2].Success ? m.Groups[2].Index + m.Groups[2].Length : g.Index + g.Length;
        if (e < t.Length && (t[e] is '/' or '%' or ',' or '.') && e + 1 < t.Length && char.IsAsciiDigit(t[e + 1])) return null;
        int h = int.Parse(g.Value, CultureInfo.InvariantCulture);
        int mi = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var c = TimeCandidate(g.Index, e, new TimeSpan(h, mi, 0), m.Groups[2].Success, false, h is > 0 and <= 12);
        return c with { Type = "hour" };
    }

    private static DateTimeCandidate? LeadingHour(Match m, DateTime r, string t)
    {
        var g = m.Groups[1];
        if (g.Index > 0 && t[g.Index - 1] is '/' or '-' or '.' or ':' or '+') return null;
        int h = int.Parse(g.Value, CultureInfo.InvariantCulture);
        var c = TimeCandidate(g.Index, g.Index + g.Length, new TimeSpan(h, 0, 0), false, false, h is > 0 and <= 12);
        return c with { Type = "hour" };
    }

    private static DateTimeCandidate? AtHour(Match m, DateTime r, string t)
    {
        int e = m.Index + m.Length;
        if (e < t.Length && (t[e] is '/' or '%' or '$' or ',' && e + 1 < t.Length && char.IsAsciiDigit(t[e + 1]))) return null;
        if (e < t.Length && t[e] is '/' or '%') return null;
        if (t.AsSpan(e).TrimStart().StartsWith("percent", StringComparison.Ordinal)) return null;
        int h = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int mi = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        return TimeCandidate(m.Index, e, new TimeSpan(h, mi, 0), m.Groups[2].Success, false, true);
    }

    private static DateTimeCandidate? HourInPart(Match m, DateTime r, string t)
    {
        int h = HourNumber(m.Groups[1].Value);
        if (h is < 1 or > 12) return null;
        var code = DayPart(m.Groups[2].Value).Code;
        if (code is "AF" or "EV" or "NI" && h < 12) h += 12;
        if (code == "MO" && h == 12) h = 0;
        return TimeCandidate(m.Index, m.Index + m.Length, new TimeSpan(h, 0, 0), false, false, false);
    }

    private static DateTimeCandidate? OClock(Match m, DateTime r, string t)
    {
        int h = HourNumber(m.Groups[1].Value);
        if (h is < 0 or > 23) return null;
        int s = m.Value.StartsWith("at", StringComparison.Ordinal) ? m.Groups[1].Index : m.Index;
        return TimeCandidate(s, m.Index + m.Length, new TimeSpan(h, 0, 0), false, false, h <= 12);
    }

    private static DateTimeCandidate? PastTo(Match m, DateTime r, string t)
    {
        if (m.Groups[2].Value == "to" && m.Groups[1].Value is not ("half" or "quarter" or "five" or "ten" or "twenty" or "twenty-five" or "twenty five")
            && !m.Value.Contains("min", StringComparison.Ordinal)) return null;
        int h = HourNumber(m.Groups[3].Value);
        var q = m.Groups[1].Value;
        int mins = q switch { "half" => 30, "quarter" => 15, _ => HourNumber(q) };
        if (h is < 0 or > 23 || mins is < 0 or > 59) return null;
        var time = m.Groups[2].Value == "past" ? new TimeSpan(h, mins, 0) : new TimeSpan(h, 0, 0) - TimeSpan.FromMinutes(mins);
        if (time < TimeSpan.Zero) time += TimeSpan.FromHours(24);
        int s = m.Value.StartsWith("at", StringComparison.Ordinal) ? m.Groups[1].Index : m.Index;
        int e = m.Index + m.Length;
        if (t.AsSpan(e).StartsWith(" o'clock", StringComparison.Ordinal)) e += 8;
        // "fifteen past eight in the morning", "20 min past eight in the evening": the part of the day fixes the half
        foreach (var part in Parts)
        {
            var tail = " in the " + part;
            if (!t.AsSpan(e).StartsWith(tail, StringComparison.Ordinal) || (e + tail.Length < t.Length && char.IsLetter(t[e + tail.Length]))) continue;
            var code = DayPart(part).Code;
            if (code is "AF" or "EV" or "NI" && time.Hours < 12) time += TimeSpan.FromHours(12);
            if (code == "MO" && time.Hours == 12) time -= TimeSpan.FromHours(12);
            return TimeCandidate(s, e + tail.Length, time, true, false, false);
        }
        return TimeCandidate(s, e, time, true, false, time.Hours < 12);
    }

    private static DateTimeCandidate? NoonMidnight(Match m, DateTime r, string t)
    {
        bool noon = m.Groups[1].Value is "noon" or "midday";
        int s = m.Index;
        var head = t.AsSpan(0, m.Index).TrimEnd();
        if (noon && (head.EndsWith("12", StringComparison.Ordinal) || head.EndsWith("twelve", StringComparison.Ordinal)))
            s = head.Length - (head.EndsWith("12", StringComparison.Ordinal) ? 2 : 6);
        return new DateTimeCandidate(s, m.Index + m.Length, "time", [Timex.Value(noon ? "T12" : "T00", "time", noon ? "12:00:00" : "00:00:00")])
        { Point = new DatePoint(noon ? "T12" : "T00", [], [noon ? TimeSpan.FromHours(12) : TimeSpan.Zero]) };
    }

    internal static (string Code, int StartHour, int EndHour) DayPart(string p) => p switch
    {
        "morning" => ("MO", 8, 12),
        "afternoon" => ("AF", 12, 16),
        "evening" => ("EV", 16, 20),
        _ => ("NI", 20, 24),
    };

    private static DateTimeCandidate? PartOfDay(Match m, DateTime r, string t)
    {
        var (code, sh, eh) = DayPart(m.Groups[1].Value);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "timerange",
            [Timex.Range("T" + code, "timerange", $"{sh:00}:00:00", eh == 24 ? "23:59:59" : $"{eh:00}:00:00")]);
    }

    private static DateTimeCandidate? DatedPartOfDay(Match m, DateTime r, string t)
    {
        var first = m.Groups[1].Value;
        if (first == "tonite") first = "tonight";
        var part = m.Groups[2].Success ? m.Groups[2].Value : first == "tonight" ? "night" : "";
        if (part.Length == 0) return null;
        if (first is "last" && part != "night") return null;
        if (first == "tonight" && m.Groups[2].Success) return null;
        int off = first switch { "tomorrow" or "next" => 1, "yesterday" or "last" => -1, _ => 0 };
        var day = r.Date.AddDays(off);
        var (code, sh, eh) = DayPart(part);
        var start = day.AddHours(sh);
        var end = eh == 24 ? day.AddHours(23).AddMinutes(59).AddSeconds(59) : day.AddHours(eh);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "datetimerange",
            [Timex.Range(Timex.Date(day) + "T" + code, "datetimerange", Timex.DateTimeValue(start), Timex.DateTimeValue(end))]);
    }

    private static DateTimeCandidate? EndOfDay(Match m, DateTime r, string t)
    {
        var d = r.Date.AddHours(23).AddMinutes(59).AddSeconds(59);
        return new DateTimeCandidate(m.Index, m.Index + m.Length, "datetime", [Timex.Value(d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), "datetime", Timex.DateTimeValue(d))]);
    }

    private static DateTimeCandidate? Now(Match m, DateTime r, string t) =>
        new(m.Index, m.Index + m.Length, "datetime", [Timex.Value("PRESENT_REF", "datetime", Timex.DateTimeValue(r))]);
}
