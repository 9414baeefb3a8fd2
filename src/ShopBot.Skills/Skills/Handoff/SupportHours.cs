using System.Globalization;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>When people are at work, from <see cref="HandoffOptions"/>.</summary>
public sealed record SupportHours(IReadOnlySet<DayOfWeek> Days, TimeOnly Opens, TimeOnly Closes, TimeZoneInfo Zone)
{
    public static SupportHours From(HandoffOptions options)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var name in options.SupportDays)
        {
            var day = Enum.GetValues<DayOfWeek>().FirstOrDefault(d => d.ToString().StartsWith(name, StringComparison.OrdinalIgnoreCase), (DayOfWeek)(-1));
            if (name.Length < 3 || (int)day < 0) throw new ArgumentException($"{HandoffOptions.SectionName}:SupportDays has '{name}', which is not a day name.");
            days.Add(day);
        }

        if (!TimeOnly.TryParseExact(options.SupportOpens, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)
            || !TimeOnly.TryParseExact(options.SupportCloses, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes) || closes <= opens)
        {
            throw new ArgumentException($"{HandoffOptions.SectionName}: SupportOpens/SupportCloses must be HH:mm with opening before closing.");
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ArgumentException($"{HandoffOptions.SectionName}:TimeZone '{options.TimeZone}' is not a known time zone.");
        }

        return new SupportHours(days, opens, closes, zone);
    }

    /// <summary>True when <paramref name="now"/> falls in the support hours, in their time zone.</summary>
    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Days.Contains(local.DayOfWeek) && time >= Opens && time < Closes;
    }
}
