namespace ShopBot.Skills.Learning.Inventory;

/// <summary>Restock date for shoppers (pure): a known inbound delivery date when there is one, else today + lead time.</summary>
public static class RestockEstimator
{
    /// <summary>
    /// Uses <paramref name="inboundDate"/> when it is today or later (not an estimate); otherwise today +
    /// <paramref name="leadTimeDays"/>, flagged as an estimate (basis <c>overdue-inbound</c> when the inbound date has
    /// passed, <c>lead-time</c> when none is known).
    /// </summary>
    public static RestockEstimate Estimate(DateOnly today, DateOnly? inboundDate, int leadTimeDays)
    {
        if (leadTimeDays < 0) throw new ArgumentException($"Lead time cannot be negative, got {leadTimeDays}.", nameof(leadTimeDays));
        if (inboundDate is { } inbound && inbound >= today) return new RestockEstimate(inbound, false, "inbound");
        return new RestockEstimate(today.AddDays(leadTimeDays), true, inboundDate is null ? "lead-time" : "overdue-inbound");
    }
}
