using System.Globalization;

namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>Formats dates, times and durations as TIMEX3 strings and spec values.</summary>
internal static class Timex
{
    public static string Date(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTimeValue(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Time(TimeSpan t) => new DateTime(2000, 1, 1).Add(t).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string N(double v) => v.ToString("0.########", CultureInfo.InvariantCulture);

    /// <summary>"T15", "T08:00", "T08:00:31" for a time of day; minutes are kept when they were written.</summary>
    public static string TimeTimex(TimeSpan t, bool withMinutes, bool withSeconds = false)
    {
        var s = "T" + t.Hours.ToString("00", CultureInfo.InvariantCulture);
        if (withMinutes || t.Minutes != 0 || withSeconds || t.Seconds != 0) s += ":" + t.Minutes.ToString("00", CultureInfo.InvariantCulture);
        if (withSeconds || t.Seconds != 0) s += ":" + t.Seconds.ToString("00", CultureInfo.InvariantCulture);
        return s;
    }

    public static Dictionary<string, object?> Value(string timex, string type, string value) =>
        new() { ["timex"] = timex, ["type"] = type, ["value"] = value };

    public static Dictionary<string, object?> Range(string timex, string type, string start, string end) =>
        new() { ["timex"] = timex, ["type"] = type, ["start"] = start, ["end"] = end };

    /// <summary>Seconds in a duration unit, as the specs count them (a month is 30 days, a year 365).</summary>
    public static double Seconds(char unit, bool timePart) => (unit, timePart) switch
    {
        ('Y', false) => 31536000,
        ('M', false) => 2592000,
        ('W', false) => 604800,
        ('D', false) => 86400,
        ('H', true) => 3600,
        ('M', true) => 60,
        ('S', true) => 1,
        _ => 0,
    };
}
