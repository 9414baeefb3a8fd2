namespace ShopBot.Skills.Skills.Handoff;

/// <summary>The topic (intent domain) a handed-over conversation is routed by, as in architecture section 5.</summary>
public static class HandoffTopics
{
    private static readonly Dictionary<string, string> ByIntent = new(StringComparer.Ordinal)
    {
        ["track_order"] = "orders", ["cancel_order"] = "orders", ["change_order"] = "orders", ["change_shipping_address"] = "orders",
        ["set_up_shipping_address"] = "orders", ["place_order"] = "orders", ["delivery_options"] = "orders", ["delivery_period"] = "orders",
        ["return_item"] = "returns", ["get_refund"] = "returns", ["track_refund"] = "returns", ["check_refund_policy"] = "returns", ["check_cancellation_fee"] = "returns",
        ["check_payment_methods"] = "payments", ["payment_issue"] = "payments", ["check_invoice"] = "payments", ["get_invoice"] = "payments",
        ["create_account"] = "account", ["delete_account"] = "account", ["edit_account"] = "account", ["recover_password"] = "account",
        ["registration_problems"] = "account", ["switch_account"] = "account", ["newsletter_subscription"] = "account",
        ["complaint"] = "feedback", ["review"] = "feedback",
        ["recommend_product"] = "products", ["product_info"] = "products", ["check_stock"] = "products", ["price_quote"] = "products",
    };

    /// <summary>The topic of the conversation: that of the last shopper message with a shop intent, else <c>general</c>.</summary>
    public static string Of(IEnumerable<TurnAnnotation> annotations) =>
        annotations.Reverse().Select(a => ByIntent.GetValueOrDefault(a.Intent)).FirstOrDefault(t => t is not null) ?? "general";
}
