using System.Text.Json;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Learning.Recommenders;
using ShopBot.Skills.Rendering;
using ShopBot.Skills.Skills.Orders;

namespace ShopBot.Skills.Skills.Recommendations;

/// <summary>
/// Hero cards of recommendations: image, name, price, the reason from the <c>Reason.&lt;code&gt;</c> template, and the
/// buttons "Details" and "Similar" (imBack messages from templates). Only shopper-facing fields are used: never cost.
/// </summary>
public sealed class RecommendationCards(IResponseRenderer responses, RecommendationOptions options)
{
    /// <summary>Content type of a hero card.</summary>
    public const string HeroCard = AttachmentContentTypes.HeroCard;

    /// <summary>One hero card attachment.</summary>
    /// <param name="recommendation">The recommended item with its reason.</param>
    /// <param name="product">The catalogue product behind it (name, price, image).</param>
    /// <param name="purchased">Products the shopper bought: "because you bought X" only for those, "because you looked at X" otherwise.</param>
    public Attachment Card(Recommendation recommendation, Product product, IReadOnlySet<string> purchased)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(purchased);
        var data = new { name = product.Name };
        var content = new
        {
            title = product.Name,
            subtitle = Price(product),
            text = Reason(recommendation.Reason, purchased),
            images = new[] { new { url = ImageUrl(product.ImageUrl), alt = product.Name } },
            buttons = new[]
            {
                Button(responses.Render("RecommendButtonDetails", data), responses.Render("RecommendButtonDetailsMessage", data)),
                Button(responses.Render("RecommendButtonSimilar", data), responses.Render("RecommendButtonSimilarMessage", data)),
            },
        };
        return new Attachment { ContentType = HeroCard, Content = JsonSerializer.SerializeToElement(content) };
    }

    /// <summary>The image URL as the shopper's browser needs it: relative paths joined to <see cref="RecommendationOptions.ImageBaseUrl"/> when set.</summary>
    public string ImageUrl(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        // "/images/x.jpg" parses as an absolute file URI on Unix: only web and data URLs count as absolute here.
        if (options.ImageBaseUrl is null || (Uri.TryCreate(stored, UriKind.Absolute, out var uri) && !uri.IsFile)) return stored;
        return options.ImageBaseUrl.TrimEnd('/') + "/" + stored.TrimStart('/');
    }

    /// <summary>The shopper's price, formatted in the shop's currency.</summary>
    public string Price(Product product) => Money.Format(product.PriceCents, options.Currency);

    /// <summary>The reason sentence of a recommendation.</summary>
    public string Reason(RecommendationReason reason, IReadOnlySet<string> purchased)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var code = reason.Code;
        var anchorId = reason.Args.GetValueOrDefault("anchor_id");
        if (code == ReasonCodes.BecauseYouBought && anchorId is not null && !purchased.Contains(anchorId)) code = "because_you_viewed";
        var template = "Reason." + code;
        if (!responses.Has(template)) template = "Reason.default";
        return responses.Render(template, new { anchor = reason.Args.GetValueOrDefault("anchor_name"), category = reason.Args.GetValueOrDefault("category") });
    }

    private static object Button(string title, string message) => new { type = "imBack", title, value = message };
}
