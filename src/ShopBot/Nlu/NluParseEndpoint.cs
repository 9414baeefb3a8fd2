using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using ShopBot.Channels;
using ShopBot.Skills.Nlu;

namespace ShopBot.Nlu;

/// <summary>
/// <c>POST /api/nlu/parse {"text": "..."}</c>: what the NLU understands of a message, shaped like Rasa's parse endpoint:
/// <c>{text, intent{name, confidence}, intents[top 5], entities[], sentiment{label, score, upset}}</c> (upset: for a
/// negative message, the probability that the writer is upset; null otherwise or without an upset detector). The turn pipeline
/// uses the same <see cref="IRecognizer"/>. Bad requests get a 400 problem saying what is wrong.
/// </summary>
public static class NluParseEndpoint
{
    /// <summary>Longest text accepted, in characters.</summary>
    public const int MaxTextLength = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEndpointRouteBuilder MapShopBotNlu(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/nlu/parse", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, IRecognizer recognizer, TimeProvider time, CancellationToken ct)
    {
        var read = await RequestBody.ReadAsync(request, 64 * 1024, ct).ConfigureAwait(false);
        if (read.TooLarge) return Problem("The body is larger than 64 KB.", StatusCodes.Status413PayloadTooLarge);
        try
        {
            StrictUtf8.GetString(read.Bytes);
        }
        catch (DecoderFallbackException)
        {
            return Problem("The body is not valid UTF-8.");
        }

        string? text;
        string? locale = null;
        try
        {
            using var document = JsonDocument.Parse(read.Bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return Problem("The body must be a JSON object like {\"text\": \"where is my order?\"}.");
            if (!document.RootElement.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return Problem("The body needs a string field 'text'.");
            }

            text = textElement.GetString();
            if (document.RootElement.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String) locale = l.GetString();
        }
        catch (JsonException ex)
        {
            return Problem($"The body is not valid JSON: {ex.Message}");
        }

        if (!IsParsable(text, "'text'", out var problem)) return Problem(problem);

        var result = recognizer.Recognize(text, locale, time.GetUtcNow().UtcDateTime);
        return Results.Json(Describe(result));
    }

    /// <summary>Whether a message can be parsed: not empty and at most <see cref="MaxTextLength"/> long; else <paramref name="problem"/> says why, naming the text <paramref name="name"/>.</summary>
    public static bool IsParsable([NotNullWhen(true)] string? text, string name, [NotNullWhen(false)] out string? problem)
    {
        problem = string.IsNullOrWhiteSpace(text) ? $"{name} is empty."
            : text.Length > MaxTextLength ? $"{name} is {text.Length} characters long; at most {MaxTextLength} are accepted."
            : null;
        return problem is null;
    }

    /// <summary>The response body for a recognised message: text, intent, the top five intents, entities and sentiment (also printed by <c>nlu parse</c>).</summary>
    public static object Describe(RecognizerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new
        {
            text = result.Text,
            intent = new { name = result.Intent.Name, confidence = result.Intent.Confidence },
            intents = result.Intents.Take(5).Select(i => new { name = i.Name, confidence = i.Confidence }),
            entities = result.Entities.Select(e => new { text = e.Text, start = e.Start, end = e.End, type = e.TypeName, resolution = e.Resolution }),
            sentiment = new { label = result.Sentiment.Label, score = result.Sentiment.Score, upset = result.Sentiment.Upset },
        };
    }

    private static IResult Problem(string detail, int status = StatusCodes.Status400BadRequest) =>
        Results.Problem(statusCode: status, title: "The request cannot be parsed.", detail: detail);
}
