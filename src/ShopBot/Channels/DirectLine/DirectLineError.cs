namespace ShopBot.Channels.DirectLine;

/// <summary>The Direct Line error body: <c>{"error":{"code","message"}}</c>.</summary>
public static class DirectLineError
{
    public static IResult Result(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
