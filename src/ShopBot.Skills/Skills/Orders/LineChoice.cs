using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Dialogs;

namespace ShopBot.Skills.Skills.Orders;

/// <summary>Picking one line of an order: by a product entity, an ordinal ("the second one") or the product's name (as the buttons send it).</summary>
internal static class LineChoice
{
    public const string Awaiting = "line";
    public const string Key = "line";

    public static OrderLine? Find(ITurnContext turn, IReadOnlyList<OrderLine> lines)
    {
        var entities = turn.Recognized?.Entities ?? [];
        foreach (var product in entities.Where(e => e.TypeName == "product"))
        {
            if (product.Resolution.TryGetValue("value", out var id) && long.TryParse(id?.ToString(), out var productId)
                && lines.FirstOrDefault(l => l.ProductId == productId) is { } byId) return byId;
        }

        var text = turn.Activity.Text?.Trim() ?? string.Empty;
        if (text.Length > 0)
        {
            var byName = lines.Where(l => l.ProductName.Equals(text, StringComparison.OrdinalIgnoreCase)).ToList();
            if (byName.Count == 0) byName = lines.Where(l => text.Contains(l.ProductName, StringComparison.OrdinalIgnoreCase)).ToList();
            if (byName.Count == 0)
            {
                // "the notebook", "the lamp please": every significant word must be in the product's name.
                var words = Words(text).Where(w => !Filler.Contains(w)).ToList();
                if (words.Count > 0) byName = lines.Where(l => words.All(w => Words(l.ProductName).Contains(w))).ToList();
            }

            if (byName.Count == 1) return byName[0];
        }

        var ordinal = entities.FirstOrDefault(e => e.TypeName == "ordinal");
        if (ordinal is not null && ordinal.Resolution.TryGetValue("value", out var v) && int.TryParse(v?.ToString(), out var index) && index >= 1 && index <= lines.Count)
        {
            return lines[index - 1];
        }

        return null;
    }

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "the", "one", "ones", "please", "that", "this", "item", "my", "a", "an", "of", "and", "pls", "it" };

    private static HashSet<string> Words(string text) =>
        new(text.ToLowerInvariant().Split([' ', ',', '.', '(', ')', '-', '!', '?', '\''], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static int? Quantity(ITurnContext turn)
    {
        var entity = turn.Recognized?.Entities.FirstOrDefault(e => e.TypeName is "number" or "quantity");
        if (entity is null || !entity.Resolution.TryGetValue("value", out var value)) return null;
        return decimal.TryParse(value?.ToString(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d is >= 0 and <= 10_000 ? (int)d : null;
    }

    public static bool Has(DialogFrame frame) => frame.Has(Key);
}
