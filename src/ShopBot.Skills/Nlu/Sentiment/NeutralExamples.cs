using ShopBot.Skills.Nlu.Intents;

namespace ShopBot.Skills.Nlu.Sentiment;

/// <summary>
/// Picks neutral sentiment examples from the shop's intent training data: utterances of information-seeking intents
/// (where is my order, what is your return policy, how do I pay) and the conversational turns that carry no feeling
/// (hello, goodbye, yes, no, help). Intents that carry feeling (complaint, review, payment problems, asking for a
/// human, thanks, small talk) and utterances with an exclamation mark or a strong-feeling word are left out, so only
/// plain questions, requests and replies teach the model what neutral looks like. A yes or no may keep a polite
/// "thanks" ("no thanks" declines an offer; it is not a complaint).
/// </summary>
public static class NeutralExamples
{
    /// <summary>The intents whose utterances are plain questions or requests.</summary>
    public static IReadOnlySet<string> Intents { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "track_order", "delivery_options", "delivery_period", "check_refund_policy", "check_payment_methods",
        "check_invoice", "get_invoice", "check_stock", "product_info", "price_quote", "place_order", "create_account",
        "edit_account", "recover_password", "switch_account", "set_up_shipping_address", "change_shipping_address",
        "newsletter_subscription", "cancel_order", "change_order", "return_item", "track_refund",
        "check_cancellation_fee", "recommend_product", "delete_account",
        // Conversational turns: without them "ok", "no thanks" or "ok bye" read as polar (the reviews never say them
        // plainly), and a reply to the bot's own question could look like a reason to offer a person.
        "greet", "goodbye", "affirm", "deny", "help",
    };

    /// <summary>Intents whose replies may keep a polite "thanks" ("yes please, thanks", "no thank you").</summary>
    private static readonly HashSet<string> Replies = new(StringComparer.Ordinal) { "affirm", "deny" };

    private static readonly HashSet<string> FeelingWords = new(StringComparer.Ordinal)
    {
        "angry", "annoyed", "awful", "bad", "broke", "broken", "crap", "damaged", "damn", "disappointed", "disgusting",
        "faulty", "frustrated", "fucking", "furious", "great", "hate", "horrible", "joke", "late", "love", "lovely",
        "mad", "perfect", "pissed", "poor", "ridiculous", "scam", "sucks", "terrible", "thanks", "thank", "unacceptable",
        "upset", "useless", "worst", "wrong", "awesome", "excellent", "happy", "unhappy", "amazing", "shit", "stupid",
        // Praise before a request ("the mug is gorgeous, do you have it in green"): dialogs/intents/praise.lu.
        "loved", "adore", "adored", "gorgeous", "brilliant", "brilliantly", "beautiful", "wonderful", "fantastic", "fab",
        "impressed", "pleased", "delighted", "enjoy", "enjoyed",
        // Items sent broken and swearing at the shop ("the lamp you sent is smashed to bits", "you sent me 2 left shoes
        // wtf"): dialogs/intents/direct.lu.
        "smashed", "cracked", "shattered", "wtf", "ffs", "disgrace", "shambles",
    };

    /// <summary>The neutral examples among <paramref name="intentExamples"/>, relabelled <see cref="SentimentModel.Neutral"/>.</summary>
    public static IReadOnlyList<LabeledUtterance> Select(IEnumerable<LabeledUtterance> intentExamples)
    {
        ArgumentNullException.ThrowIfNull(intentExamples);
        var result = new List<LabeledUtterance>();
        foreach (var e in intentExamples)
        {
            if (e is null || !Intents.Contains(e.Label) || string.IsNullOrWhiteSpace(e.Text) || e.Text.Contains('!')) continue;
            if (Words(e.Text).Any(w => FeelingWords.Contains(w) && !(Replies.Contains(e.Label) && w is "thanks" or "thank"))) continue;
            result.Add(new LabeledUtterance(e.Text, SentimentModel.Neutral));
        }
        return result;
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', '?', ';', ':', '\'', '"', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries);
}
