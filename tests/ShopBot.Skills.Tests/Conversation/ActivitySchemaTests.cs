using System.Text.Json.Nodes;
using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Tests.Conversation;

public class ActivitySchemaTests
{
    private static string Load(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Conversation", name));

    [Theory]
    [InlineData("webchat-message.json")]
    [InlineData("teams-message.json")]
    public void RoundTrip_KeepsEveryFieldOfARealChannelActivity(string file)
    {
        var original = Load(file);
        var activity = ActivityJson.Parse(System.Text.Encoding.UTF8.GetBytes(original))!;
        var written = ActivityJson.Serialize(activity);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(written)), $"round trip changed the activity:\n{written}");
    }

    [Fact]
    public void Parse_ReadsTheFieldsSkillsUse()
    {
        var activity = ActivityJson.Parse(System.Text.Encoding.UTF8.GetBytes(Load("teams-message.json")))!;
        Assert.Equal("message", activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("6f1b9a3c-1111-4222-8333-944455556666", activity.From!.AadObjectId);
        Assert.Equal(2, activity.Entities!.Count);
        Assert.Equal("72f988bf-0000-0000-0000-2d7cd011db47", activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public void UnknownFields_ArePreserved_AndNullsAreNotWritten()
    {
        var activity = ActivityJson.Parse("""{"type":"message","futureField":{"x":[1,2]},"text":null}"""u8)!;
        var written = JsonNode.Parse(ActivityJson.Serialize(activity))!.AsObject();
        Assert.Equal("[1,2]", written["futureField"]!["x"]!.ToJsonString());
        Assert.False(written.ContainsKey("text"));
        Assert.False(written.ContainsKey("id"));
    }

    [Fact]
    public void CreateReply_SwapsFromAndRecipient_AndNeverGivesTheBotTheUserRole()
    {
        var incoming = ActivityJson.Parse(System.Text.Encoding.UTF8.GetBytes(Load("webchat-message.json")))!;
        var reply = incoming.CreateReply("on its way");
        Assert.Equal(incoming.Recipient!.Id, reply.From!.Id);
        Assert.Equal(RoleTypes.Bot, reply.From.Role);
        Assert.Equal(incoming.From!.Id, reply.Recipient!.Id);
        Assert.Equal(incoming.Id, reply.ReplyToId);
        Assert.Equal(incoming.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
    }
}
