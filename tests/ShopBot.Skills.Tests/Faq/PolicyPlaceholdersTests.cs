using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Faq;

namespace ShopBot.Skills.Tests.Faq;

public class PolicyPlaceholdersTests
{
    [Fact]
    public void Names_AreEveryShopPolicySetting_InCamelCase()
    {
        Assert.Equal(
            ["policy.cancellationFeePercentBeforeProcessing", "policy.cancellationFeePercentWhileProcessing", "policy.maxLineQuantity", "policy.returnWindowDays"],
            PolicyPlaceholders.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Values_FormatNumbersForASentence()
    {
        var values = PolicyPlaceholders.Values(new ShopPolicyOptions
        {
            ReturnWindowDays = 45,
            CancellationFeePercentBeforeProcessing = 0m,
            CancellationFeePercentWhileProcessing = 2.50m,
            MaxLineQuantity = 12,
        });
        Assert.Equal("45", values["policy.returnWindowDays"]);
        Assert.Equal("0", values["policy.cancellationFeePercentBeforeProcessing"]);
        Assert.Equal("2.5", values["policy.cancellationFeePercentWhileProcessing"]);
        Assert.Equal("12", values["policy.maxLineQuantity"]);
    }

    [Fact]
    public void Fill_ReplacesEveryPlaceholder_AndLeavesOtherTextAlone()
    {
        var values = new Dictionary<string, string> { ["policy.a"] = "30", ["policy.b"] = "5" };
        Assert.Equal("30 days, 5% fee, $5 or £3.99, {braces}", PolicyPlaceholders.Fill("${policy.a} days, ${ policy.b }% fee, $5 or £3.99, {braces}", values));
        Assert.Equal("no placeholders", PolicyPlaceholders.Fill("no placeholders", values));
    }

    [Fact]
    public void Fill_RejectsAnUnknownOrUnclosedPlaceholder()
    {
        var values = new Dictionary<string, string> { ["policy.a"] = "30" };
        Assert.Contains("policy.c", Assert.Throws<ArgumentException>(() => PolicyPlaceholders.Fill("${policy.c}", values)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PolicyPlaceholders.Fill("${policy.a", values));
    }
}
