using ShopBot.Skills.Nlu.Lu;

namespace ShopBot.Skills.Tests.Nlu;

public class LuParserTests
{
    [Fact]
    public void Parse_ReadsIntentsUtterancesAndStripsEntityMarkup()
    {
        var items = LuParser.Parse("> comment\n# track_order\n- where is {order_id=A1} now\n\n## heading\n- track it\r\n# greet\n* hi\n");
        Assert.Equal(3, items.Count);
        Assert.Equal(("where is A1 now", "track_order"), (items[0].Text, items[0].Label));
        Assert.Equal(("track it", "track_order"), (items[1].Text, items[1].Label));
        Assert.Equal(("hi", "greet"), (items[2].Text, items[2].Label));
    }

    [Theory]
    [InlineData("- hello", "x.lu:1")]
    [InlineData("# greet\n- hi\nplain text", "x.lu:3")]
    [InlineData("#\n- hi", "x.lu:1")]
    [InlineData("# greet\n- a {b=c", "x.lu:2")]
    public void Parse_ReportsFileAndLine(string content, string where)
    {
        var e = Assert.Throws<FormatException>(() => LuParser.Parse(content, "x.lu"));
        Assert.StartsWith(where, e.Message);
    }

    [Fact]
    public void Csv_HandlesQuotesEscapesAndEmbeddedNewlines()
    {
        var rows = CsvReader.Parse("text,label\n\"a, \"\"b\"\"\nc\",1\nplain,0\n");
        Assert.Equal(3, rows.Count);
        Assert.Equal("a, \"b\"\nc", rows[1][0]);
        Assert.Equal(["plain", "0"], rows[2]);
        Assert.Throws<FormatException>(() => CsvReader.Parse("\"open,1"));
    }

    [Fact]
    public void Loader_MapsOosAndRejectsUnknownFiles()
    {
        var items = LabeledDataLoader.ParseCsv("text,intent\nhi,greet\nmeh,oos\n");
        Assert.Equal("out_of_scope", items[1].Label);
        Assert.Throws<ArgumentException>(() => LabeledDataLoader.Load("/nonexistent/file.csv"));
    }
}
