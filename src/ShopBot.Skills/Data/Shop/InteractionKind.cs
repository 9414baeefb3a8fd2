namespace ShopBot.Skills.Data.Shop;

/// <summary>What a customer did with a product (implicit and explicit feedback for recommenders).</summary>
public enum InteractionKind
{
    /// <summary>Opened the product page. Value 1.</summary>
    View,
    /// <summary>Put it in the cart. Value = quantity.</summary>
    Cart,
    /// <summary>Bought it. Value = quantity.</summary>
    Purchase,
    /// <summary>Rated it. Value = 1..5 stars.</summary>
    Rating,
}
