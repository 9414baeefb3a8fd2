namespace ShopBot.Skills.Nlu.Entities.DateTimes;

/// <summary>A date/time expression found at [Start, End) with its spec type (date, daterange, time...) and resolution values.</summary>
internal sealed record DateTimeCandidate(int Start, int End, string Type, List<Dictionary<string, object?>> Values)
{
    /// <summary>For dates and times: the resolved point(s), used to combine a date with a time; null when not a point.</summary>
    public DatePoint? Point { get; init; }

    public int Length => End - Start;
}
