namespace ShopBot.Skills.Data.Shop;

/// <summary>An address saved in a customer's address book.</summary>
public sealed record Address(long Id, long CustomerId, string Label, PostalAddress Postal, bool IsDefault);
