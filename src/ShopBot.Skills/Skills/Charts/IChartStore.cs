namespace ShopBot.Skills.Skills.Charts;

/// <summary>Charts served by link to channels that cannot show them inline.</summary>
public interface IChartStore
{
    /// <summary>Stores a chart and returns it with its new unguessable id.</summary>
    Task<StoredChart> SaveAsync(string name, string svg, TimeSpan lifetime, CancellationToken cancellationToken = default);

    /// <summary>The chart with <paramref name="id"/>, or null when there is none or its link has expired.</summary>
    Task<StoredChart?> GetAsync(string id, CancellationToken cancellationToken = default);
}
