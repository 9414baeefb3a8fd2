namespace ShopBot.Skills.Data.Demo;

/// <summary>A catalog category the generator draws products from.</summary>
internal sealed record DemoCategory(
    string Name,
    string SkuPrefix,
    string[] Brands,
    (string Noun, decimal MinPrice, decimal MaxPrice)[] Items,
    string[] Adjectives,
    string[] Materials,
    bool HasSizes,
    int SeasonPeakDay);
