using System.Text.RegularExpressions;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Faq;

namespace ShopBot.Skills.Tests.Faq;

public class KnowledgeBaseTests
{
    /// <summary>The policy and account intents the FAQ skill must answer (docs/architecture.md section 5).</summary>
    public static readonly string[] FaqIntents =
    [
        "check_refund_policy", "check_cancellation_fee", "check_payment_methods", "delivery_options", "delivery_period",
        "set_up_shipping_address", "place_order", "create_account", "delete_account", "edit_account", "recover_password",
        "registration_problems", "switch_account", "newsletter_subscription", "contact_customer_service", "review", "complaint",
    ];

    /// <summary>Intents other skills own; the knowledge base must not claim them or the router refuses to start.</summary>
    private static readonly string[] OtherSkillsIntents =
    [
        "track_order", "cancel_order", "change_order", "change_shipping_address", "return_item", "get_refund", "track_refund",
        "check_invoice", "get_invoice", "payment_issue", "contact_human_agent", "greet", "goodbye", "thank_you", "affirm",
        "deny", "help", "stop", "out_of_scope",
    ];

    [Fact]
    public void FromDirectory_ReadsEveryMarkdownFile_ButNotTheReadme()
    {
        using var files = new FaqFiles()
            .With("shipping.md", "# Shipping\n## delivery_options\nStandard or express.")
            .With("more/returns.md", "## check_refund_policy\n${policy.returnWindowDays} days.\nSuggestions: Return something")
            .With("README.md", "## not_an_answer\nHow to edit these files.")
            .With("notes.txt", "## ignored\nnot markdown");

        var knowledge = KnowledgeBase.FromDirectory(files.Directory);

        Assert.Equal(["check_refund_policy", "delivery_options"], knowledge.Intents.Order(StringComparer.Ordinal));
        var refund = knowledge.Find("check_refund_policy")!;
        Assert.Equal(Path.Combine("more", "returns.md"), refund.Source);
        Assert.Equal(["Return something"], refund.Suggestions);
        Assert.Null(knowledge.Find("not_an_answer"));
    }

    [Fact]
    public void FromDirectory_RejectsAnIntentAnsweredInTwoFiles_NamingBoth()
    {
        using var files = new FaqFiles()
            .With("a.md", "## review\nOne answer.")
            .With("b.md", "# B\n\n## review\nAnother answer.");
        var error = Assert.Throws<KnowledgeParseException>(() => KnowledgeBase.FromDirectory(files.Directory));
        Assert.Equal("b.md:3: intent 'review' is already answered at a.md:1.", error.Message);
    }

    [Fact]
    public void FromDirectory_RejectsAnUnknownPlaceholder_AtLoadTime()
    {
        using var files = new FaqFiles().With("returns.md", "## check_refund_policy\nWithin ${policy.returnWindow} days.");
        var error = Assert.Throws<KnowledgeParseException>(() => KnowledgeBase.FromDirectory(files.Directory));
        Assert.StartsWith("returns.md:2: unknown placeholder '${policy.returnWindow}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDirectory_RejectsAMissingOrBlankFolder()
    {
        Assert.Throws<DirectoryNotFoundException>(() => KnowledgeBase.FromDirectory(Path.Combine(Path.GetTempPath(), "no-such-knowledge-" + Guid.NewGuid())));
        Assert.Throws<ArgumentException>(() => KnowledgeBase.FromDirectory(" "));
    }

    [Fact]
    public void ShippedKnowledge_AnswersExactlyThePolicyAndAccountIntents()
    {
        var knowledge = KnowledgeBase.FromDirectory(FaqFiles.KnowledgeDirectory);
        Assert.Equal(FaqIntents.Order(StringComparer.Ordinal), knowledge.Intents.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(knowledge.Intents, OtherSkillsIntents.Contains);
    }

    [Fact]
    public void ShippedKnowledge_TakesConfiguredNumbersFromPlaceholders_NotFromTheText()
    {
        var knowledge = KnowledgeBase.FromDirectory(FaqFiles.KnowledgeDirectory);
        var defaults = new ShopPolicyOptions();
        var written = new Regex($@"\b({defaults.ReturnWindowDays}[ -]days?|{defaults.CancellationFeePercentWhileProcessing:0.##} ?%)", RegexOptions.IgnoreCase);
        foreach (var intent in knowledge.Intents)
        {
            var entry = knowledge.Find(intent)!;
            Assert.False(written.IsMatch(entry.Answer), $"{entry.Source}:{entry.Line}: write configured values as placeholders, found '{written.Match(entry.Answer).Value}'.");
        }

        Assert.Contains("${policy.returnWindowDays}", knowledge.Find("check_refund_policy")!.Answer, StringComparison.Ordinal);
        Assert.Contains("${policy.cancellationFeePercentBeforeProcessing}", knowledge.Find("check_cancellation_fee")!.Answer, StringComparison.Ordinal);
        Assert.Contains("${policy.cancellationFeePercentWhileProcessing}", knowledge.Find("check_cancellation_fee")!.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedKnowledge_EveryAnswerIsShortAndHasButtons()
    {
        var knowledge = KnowledgeBase.FromDirectory(FaqFiles.KnowledgeDirectory);
        foreach (var intent in knowledge.Intents)
        {
            var entry = knowledge.Find(intent)!;
            Assert.InRange(entry.Answer.Length, 80, 900);
            Assert.InRange(entry.Suggestions.Count, 1, 4);
        }
    }

    [Fact]
    public void Constructor_RejectsADuplicateIntent()
    {
        KnowledgeEntry Entry(string source) => new("review", "text", [], source, 1);
        var error = Assert.Throws<KnowledgeParseException>(() => new KnowledgeBase([Entry("a.md"), Entry("b.md")]));
        Assert.Equal("b.md:1: intent 'review' is already answered at a.md:1.", error.Message);
    }
}
