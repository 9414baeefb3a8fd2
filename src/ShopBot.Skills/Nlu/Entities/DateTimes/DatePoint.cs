namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>
/// A resolved date or time: its timex (e.g. "XXXX-WXX-5", "2016-11-08", "T15:30") and one or two candidate
/// values (the past and the future reading when the expression is ambiguous). Time-only points leave
/// <see cref="Dates"/> empty and set <see cref="Times"/>.
/// </summary>
internal sealed record DatePoint(string Timex, IReadOnlyList<DateTime> Dates, IReadOnlyList<TimeSpan> Times, bool HasMinutes = false);
