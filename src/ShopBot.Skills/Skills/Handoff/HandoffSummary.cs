using System.Globalization;
using System.Text;
using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills.Handoff;

/// <summary>
/// The deterministic summary an agent reads before accepting: who (verified customer or anonymous), what they asked
/// (their messages with intents), what the bot answered, and how their mood went (first, lowest and last sentiment).
/// </summary>
public static class HandoffSummary
{
    public static string Build(string? customerName, IReadOnlyList<TurnAnnotation> annotations, IReadOnlyList<Activity> transcript, EscalationReason reason)
    {
        var text = new StringBuilder();
        text.Append("Who: ").AppendLine(customerName is null ? "anonymous shopper (not verified)" : $"{customerName} (verified)");
        text.Append("Why handed over: ").AppendLine(reason.ToString());
        text.AppendLine("Asked:");
        foreach (var a in annotations.TakeLast(5)) text.Append("- ").Append(Clip(a.Text, 120)).Append(" [").Append(a.Intent).AppendLine("]");
        var botSaid = transcript.Where(a => a.Type == ActivityTypes.Message && a.From?.Role != RoleTypes.User && !string.IsNullOrEmpty(a.Text)).TakeLast(3).ToList();
        if (botSaid.Count > 0)
        {
            text.AppendLine("Bot answered:");
            foreach (var a in botSaid) text.Append("- ").AppendLine(Clip(a.Text!, 120));
        }

        if (annotations.Count > 0)
        {
            var f = CultureInfo.InvariantCulture;
            text.Append("Sentiment: first ").Append(annotations[0].Sentiment.ToString("0.00", f))
                .Append(", lowest ").Append(annotations.Min(a => a.Sentiment).ToString("0.00", f))
                .Append(", last ").Append(annotations[^1].Sentiment.ToString("0.00", f));
            var trend = annotations[^1].Sentiment - annotations[0].Sentiment;
            text.AppendLine(trend < -0.2 ? " (getting worse)" : trend > 0.2 ? " (getting better)" : " (steady)");
        }

        return text.ToString().TrimEnd();
    }

    private static string Clip(string value, int max)
    {
        var single = value.ReplaceLineEndings(" ");
        return single.Length <= max ? single : single[..(max - 1)] + "…";
    }
}
