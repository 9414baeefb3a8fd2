using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Tests.Rendering;

public class LgRendererTests
{
    private sealed class FixedPicker(int index) : IVariantPicker
    {
        public int Pick(int count) => index % count;
    }

    private const string File = """
        > comments are ignored
        # Greeting
        - Hi ${name}!
        - Hello ${name}.

        # OrderLine
        - Order ${order.number} is ${order.status}. ${Signature()}

        # Signature
        - ShopBot

        # Multi
        - first line
          second line
        """;

    [Fact]
    public void Render_PicksTheVariantChosenByThePicker_AndSubstitutes()
    {
        var first = new LgRenderer(LgParser.Parse(File, "t.lg"), new FixedPicker(0));
        var second = new LgRenderer(LgParser.Parse(File, "t.lg"), new FixedPicker(1));
        Assert.Equal("Hi Sam!", first.Render("Greeting", new { name = "Sam" }));
        Assert.Equal("Hello Sam.", second.Render("Greeting", new Dictionary<string, object?> { ["name"] = "Sam" }));
    }

    [Fact]
    public void Render_FollowsPropertyPaths_AndEmbedsOtherTemplates()
    {
        var lg = new LgRenderer(LgParser.Parse(File, "t.lg"), new FixedPicker(0));
        Assert.Equal("Order 100234 is shipped. ShopBot", lg.Render("OrderLine", new { order = new { number = 100234, status = "shipped" } }));
        Assert.Equal("first line\nsecond line", lg.Render("Multi"));
    }

    [Fact]
    public void Render_FailsClearly_ForAMissingValueOrTemplate()
    {
        var lg = new LgRenderer(LgParser.Parse(File, "t.lg"), new FixedPicker(0));
        var missing = Assert.Throws<KeyNotFoundException>(() => lg.Render("Greeting", new { other = 1 }));
        Assert.Contains("'name'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("t.lg", missing.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => lg.Render("Nope"));
    }

    [Fact]
    public void IndentedDashLines_ContinueTheVariant_InsteadOfStartingNewOnes()
    {
        // Regression: the Help template's markdown list was read as six variants and one list line was shown.
        var template = Assert.Single(LgParser.Parse("# Help\n- Here is what I can do:\n  - track an order\n  - start a return\n", "t.lg"));
        Assert.Equal("Here is what I can do:\n- track an order\n- start a return", Assert.Single(template.Variants));
    }

    [Theory]
    [InlineData("- orphan variant", "t.lg:1")]
    [InlineData("# Empty\n# Next\n- x", "t.lg:1")]
    [InlineData("# Bad Name!\n- x", "t.lg:1")]
    [InlineData("# A\n- x\nstray text", "t.lg:3")]
    public void Parse_ReportsFileAndLine(string text, string where)
    {
        var error = Assert.Throws<LgParseException>(() => LgParser.Parse(text, "t.lg"));
        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateTemplateNames_AreRejected()
    {
        var templates = LgParser.Parse("# A\n- x", "one.lg").Concat(LgParser.Parse("# A\n- y", "two.lg"));
        var error = Assert.Throws<LgParseException>(() => new LgRenderer(templates, new FixedPicker(0)));
        Assert.Contains("one.lg:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedResponses_ParseAndCoverTheTemplatesTheCodeUses()
    {
        var dir = Path.Combine(FindRepositoryRoot(), "dialogs", "responses");
        var lg = LgRenderer.FromDirectory(dir, new FixedPicker(0));
        foreach (var name in new[] { "Welcome", "Greeting", "Goodbye", "YouAreWelcome", "Help", "Fallback", "NotAvailableYet", "NoText", "ErrorApology" })
        {
            Assert.True(lg.Has(name), $"dialogs/responses lacks template {name}");
        }

        Assert.Contains("track_order", lg.Render("NotAvailableYet", new { intent = "track_order" }), StringComparison.Ordinal);
    }

    internal static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("ShopBot.sln not found above the test output folder.");
    }
}
