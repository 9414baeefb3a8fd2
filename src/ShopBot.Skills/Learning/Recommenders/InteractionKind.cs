namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Kinds of implicit feedback a shop records.</summary>
public enum InteractionKind
{
    /// <summary>The shopper viewed the product page.</summary>
    View,

    /// <summary>The shopper put the product in the cart.</summary>
    Cart,

    /// <summary>The shopper bought the product.</summary>
    Purchase,
}
