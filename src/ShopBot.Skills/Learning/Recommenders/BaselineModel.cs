namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Baseline estimate r(u, i) = mu + b(u) + b(i), clipped to the rating scale seen in training.</summary>
public sealed class BaselineModel : IRatingPredictor
{
    private readonly double[] _userBias, _itemBias;

    internal BaselineModel(IdMap users, IdMap items, double mean, double[] userBias, double[] itemBias, double min, double max)
    {
        Users = users;
        Items = items;
        GlobalMean = mean;
        _userBias = userBias;
        _itemBias = itemBias;
        MinRating = min;
        MaxRating = max;
    }

    /// <summary>User ids.</summary>
    public IdMap Users { get; }

    /// <summary>Item ids.</summary>
    public IdMap Items { get; }

    /// <summary>Mean training rating.</summary>
    public double GlobalMean { get; }

    /// <summary>Smallest training rating (predictions are clipped to it).</summary>
    public double MinRating { get; }

    /// <summary>Largest training rating (predictions are clipped to it).</summary>
    public double MaxRating { get; }

    /// <summary>User bias by index.</summary>
    public ReadOnlySpan<double> UserBiases => _userBias;

    /// <summary>Item bias by index.</summary>
    public ReadOnlySpan<double> ItemBiases => _itemBias;

    /// <inheritdoc />
    public double Predict(string userId, string itemId)
    {
        var estimate = GlobalMean;
        if (Users.TryGetIndex(userId, out var u)) estimate += _userBias[u];
        if (Items.TryGetIndex(itemId, out var i)) estimate += _itemBias[i];
        return Math.Clamp(estimate, MinRating, MaxRating);
    }
}
