namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Fits user and item biases by alternating least squares, as Surprise's BaselineOnly does:
/// b(i) = sum over raters (r - mu - b(u)) / (reg_i + |U(i)|), then b(u) = sum (r - mu - b(i)) / (reg_u + |I(u)|).
/// </summary>
public sealed class BaselineOnlyTrainer(BaselineOnlyOptions? options = null)
{
    private readonly BaselineOnlyOptions _options = options ?? new BaselineOnlyOptions();

    /// <summary>Fits on explicit ratings.</summary>
    public BaselineModel Fit(InteractionMatrix ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        _options.Validate();
        if (ratings.NonZeroCount == 0) throw new ArgumentException("cannot fit on an empty rating matrix", nameof(ratings));
        var mu = ratings.GlobalMean();
        var bu = new double[ratings.UserCount];
        var bi = new double[ratings.ItemCount];
        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            for (var i = 0; i < ratings.ItemCount; i++)
            {
                var users = ratings.ColumnUsers(i);
                var values = ratings.ColumnValuesOf(i);
                double dev = 0;
                for (var k = 0; k < users.Length; k++) dev += values[k] - mu - bu[users[k]];
                bi[i] = users.Length == 0 ? 0 : dev / (_options.ItemRegularization + users.Length);
            }
            for (var u = 0; u < ratings.UserCount; u++)
            {
                var items = ratings.RowItems(u);
                var values = ratings.RowValues(u);
                double dev = 0;
                for (var k = 0; k < items.Length; k++) dev += values[k] - mu - bi[items[k]];
                bu[u] = items.Length == 0 ? 0 : dev / (_options.UserRegularization + items.Length);
            }
        }
        var (min, max) = Range(ratings.Values);
        return new BaselineModel(ratings.Users, ratings.Items, mu, bu, bi, min, max);
    }

    internal static (double Min, double Max) Range(ReadOnlySpan<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values) { min = Math.Min(min, v); max = Math.Max(max, v); }
        return (min, max);
    }
}
