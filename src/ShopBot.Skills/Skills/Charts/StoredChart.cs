namespace ShopBot.Skills.Skills.Charts;

/// <summary>A chart kept for a link: the SVG document, its file name and when the link stops working.</summary>
public sealed record StoredChart(string Id, string Name, string Svg, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
