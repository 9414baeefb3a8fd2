namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>An item bought by shoppers who bought the anchor item.</summary>
/// <param name="ItemId">The partner item.</param>
/// <param name="CoPurchases">How many shoppers bought both.</param>
/// <param name="Score">The normalised score (see <see cref="CoPurchaseNormalization"/>).</param>
public readonly record struct AlsoBoughtItem(string ItemId, int CoPurchases, double Score);
