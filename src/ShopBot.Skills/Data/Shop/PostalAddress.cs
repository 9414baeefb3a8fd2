namespace ShopBot.Skills.Data.Shop;

/// <summary>A delivery address as printed on a parcel.</summary>
public sealed record PostalAddress(string Name, string Line1, string? Line2, string City, string Postcode, string Country);
