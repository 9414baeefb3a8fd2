namespace ShopBot.Skills.Skills.Orders;

/// <summary>Settings of the order skills, section <c>ShopBot:Orders</c>. Defaults in brackets.</summary>
public sealed class OrderSkillsOptions
{
    public const string SectionName = "ShopBot:Orders";

    /// <summary>Failed identity checks a conversation may make before it is locked out [3].</summary>
    public int MaxFailedVerificationsPerConversation { get; set; } = 3;

    /// <summary>Failed identity checks on one order number, from any conversation, before it is locked [5].</summary>
    public int MaxFailedVerificationsPerOrder { get; set; } = 5;

    /// <summary>Minutes a lock-out lasts, and the window failures are counted in [15].</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Times a question is asked again before the dialog gives up [2].</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Prefix of trusted Direct Line user ids that name a customer: <c>dl_customer_42</c> is customer 42 [dl_customer_].</summary>
    public string SignedInUserPrefix { get; set; } = "dl_customer_";

    public void Validate()
    {
        if (MaxFailedVerificationsPerConversation < 1) throw new ArgumentException($"{SectionName}:{nameof(MaxFailedVerificationsPerConversation)} must be at least 1.");
        if (MaxFailedVerificationsPerOrder < 1) throw new ArgumentException($"{SectionName}:{nameof(MaxFailedVerificationsPerOrder)} must be at least 1.");
        if (LockoutMinutes is < 1 or > 24 * 60) throw new ArgumentException($"{SectionName}:{nameof(LockoutMinutes)} must be 1..1440.");
        if (MaxRetries is < 0 or > 10) throw new ArgumentException($"{SectionName}:{nameof(MaxRetries)} must be 0..10.");
        if (!SignedInUserPrefix.StartsWith("dl_", StringComparison.Ordinal)) throw new ArgumentException($"{SectionName}:{nameof(SignedInUserPrefix)} must start with 'dl_' (only trusted Direct Line ids may name a customer).");
    }
}
