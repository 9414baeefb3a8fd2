using ShopBot.Skills.Skills.Faq;

namespace ShopBot.Skills.Tests.Faq;

public class KnowledgeParserTests
{
    private static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal) { "policy.returnWindowDays", "policy.maxLineQuantity" };

    private static IReadOnlyList<KnowledgeEntry> Parse(string text) => KnowledgeParser.Parse(text, "returns.md", Placeholders);

    private static string ParseError(string text) => Assert.Throws<KnowledgeParseException>(() => Parse(text)).Message;

    [Fact]
    public void Parse_ReadsEachSection_WithItsAnswerSuggestionsAndLine()
    {
        var entries = Parse("""
            # Returns
            Notes for editors before the first section are not an answer.

            ## check_refund_policy

            Return items within **${policy.returnWindowDays} days**.
            - unused
            - in the box

            Suggestions: I want to return something |  Talk to a person
            ## review
            Write a review on the product page.
            """);

        Assert.Equal(2, entries.Count);
        var refund = entries[0];
        Assert.Equal("check_refund_policy", refund.Intent);
        Assert.Equal("Return items within **${policy.returnWindowDays} days**.\n- unused\n- in the box", refund.Answer);
        Assert.Equal(["I want to return something", "Talk to a person"], refund.Suggestions);
        Assert.Equal("returns.md", refund.Source);
        Assert.Equal(4, refund.Line);
        Assert.Equal(("review", "Write a review on the product page.", 11), (entries[1].Intent, entries[1].Answer, entries[1].Line));
        Assert.Empty(entries[1].Suggestions);
    }

    [Fact]
    public void Parse_KeepsParagraphsAndSubHeadings_AndDropsWholeLineComments()
    {
        var entries = Parse("## delivery_options\r\nFirst paragraph.\r\n\r\n<!-- prices checked in May -->\r\n### Express\r\nSecond paragraph.\r\n");
        Assert.Equal("First paragraph.\n\n### Express\nSecond paragraph.", Assert.Single(entries).Answer);
    }

    [Fact]
    public void Parse_AllowsPlaceholdersInSuggestions()
    {
        var entry = Assert.Single(Parse("## place_order\nOrder now.\nSuggestions: Can I order ${policy.maxLineQuantity}? | Help"));
        Assert.Equal(["Can I order ${policy.maxLineQuantity}?", "Help"], entry.Suggestions);
    }

    [Theory]
    [InlineData("## check_refund_policy\nWithin ${policy.returnDays} days.", "returns.md:2: unknown placeholder '${policy.returnDays}'")]
    [InlineData("## check_refund_policy\nOK\nSuggestions: ask ${shop.name}", "returns.md:3: unknown placeholder '${shop.name}'")]
    [InlineData("## check_refund_policy\n\nWithin ${policy.returnWindowDays days.", "returns.md:3: '${' without a closing '}'")]
    [InlineData("# Returns\n\n## Refund Policy\ntext", "returns.md:3: '## Refund Policy' does not name an intent")]
    [InlineData("## \ntext", "returns.md:1: '##' does not name an intent")]
    [InlineData("## check_refund_policy\n\n\n## review\ntext", "returns.md:1: section 'check_refund_policy' has no answer text")]
    [InlineData("## review\ntext\nSuggestions: a | b\nmore text", "returns.md:4: 'Suggestions:' must be the last line of section 'review'")]
    [InlineData("## review\ntext\nSuggestions: a\nSuggestions: b", "returns.md:4: section 'review' has a second 'Suggestions:' line")]
    [InlineData("## review\ntext\nSuggestions: a || b", "returns.md:3: 'Suggestions: a || b' has an empty suggestion")]
    [InlineData("## review\ntext\n## complaint\ntext\n## review\nagain", "returns.md:5: intent 'review' is already answered at returns.md:1")]
    [InlineData("## review\ntext\n# Complaints\ntext", "returns.md:3: '# Complaints' is a top-level title inside section 'review'")]
    [InlineData("# Returns\nOnly notes, no answers.", "returns.md: no '## intent_name' section")]
    [InlineData("", "returns.md: no '## intent_name' section")]
    public void Parse_RejectsABadFile_NamingFileAndLine(string text, string expected)
    {
        Assert.StartsWith(expected, ParseError(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPlaceholderError_ListsTheKnownOnes()
    {
        var message = ParseError("## review\n${policy.x}");
        Assert.Contains("${policy.maxLineQuantity}, ${policy.returnWindowDays}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => KnowledgeParser.Parse(null!, "a.md", Placeholders));
        Assert.Throws<ArgumentNullException>(() => KnowledgeParser.Parse("## a\nb", null!, Placeholders));
        Assert.Throws<ArgumentNullException>(() => KnowledgeParser.Parse("## a\nb", "a.md", null!));
    }
}
