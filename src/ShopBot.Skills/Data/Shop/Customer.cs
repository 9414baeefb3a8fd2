namespace ShopBot.Skills.Data.Shop;

/// <summary>A shop customer. <see cref="Email"/> is stored lower-cased and unique.</summary>
public sealed record Customer(long Id, string Name, string Email, string Postcode, DateTimeOffset CreatedAt);
