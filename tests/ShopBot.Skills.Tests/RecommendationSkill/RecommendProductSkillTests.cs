using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Skills.Orders;
using static ShopBot.Skills.Tests.RecommendationSkill.RecommendChat;

namespace ShopBot.Skills.Tests.RecommendationSkill;

public sealed class RecommendProductSkillTests
{
    [Fact]
    public async Task A_new_shopper_gets_a_carousel_of_popular_products_with_category_reasons()
    {
        await using var chat = await StartAsync();
        var (reply, cards) = await chat.CarouselAsync("what would you suggest as a gift", "recommend_product");

        Assert.Equal("Here are some ideas:", reply.Text);
        Assert.Equal(5, cards.Count);
        Assert.Equal(cards.Count, cards.Select(c => c.Title).Distinct().Count());
        foreach (var card in cards)
        {
            var product = await chat.ProductOfAsync(card);
            Assert.Equal($"Popular in {product.Category}", card.Text);
            Assert.Equal(Money.Format(product.PriceCents, "GBP"), card.Subtitle);
            Assert.Equal(product.ImageUrl, card.ImageUrl);
            Assert.Equal([("Details", $"tell me about {product.Name}"), ("Similar", $"more like {product.Name}")], card.Buttons);
            Assert.DoesNotContain("cost", card.Json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Money.Format(product.CostCents, "GBP"), card.Json, StringComparison.Ordinal);
        }
        Assert.Contains("Cheaper", reply.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Cold_start_cards_are_the_most_bought_products_first()
    {
        await using var chat = await StartAsync();
        var (_, cards) = await chat.CarouselAsync("whats popular right now", "recommend_product");
        var strength = (await chat.Interactions.GetAllAsync()).GroupBy(x => x.ProductId).ToDictionary(g => g.Key, g => g.Count());
        var first = await chat.ProductOfAsync(cards[0]);
        // The first card is the most popular product (the popularity signal alone ranks a cold-start list; MMR keeps the top item).
        var max = strength.Values.Max();
        Assert.True(strength[first.Id] >= max * 0.5, $"first card {first.Name} has {strength[first.Id]} interactions, the most popular has {max}");
    }

    [Fact]
    public async Task Every_card_respects_the_price_cap_and_the_product_type()
    {
        await using var chat = await StartAsync();
        var all = await chat.Products.SearchAsync(new ProductQuery { Limit = 10_000 });
        var type = all.Select(p => chat.Vocabulary.ProductType(p.Name)).OfType<string>().GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var cap = all.Where(p => chat.Vocabulary.ProductType(p.Name) == type).Max(p => p.PriceCents) / 100m;

        var message = $"can you recommend some {type} under {cap} pounds";
        var (_, cards) = await chat.CarouselAsync(message, "recommend_product",
            At(List("product_type", type, type), message), At(Currency($"{cap} pounds", cap), message));

        foreach (var card in cards)
        {
            var product = await chat.ProductOfAsync(card);
            Assert.Equal(type, chat.Vocabulary.ProductType(product.Name));
            Assert.True(product.PriceCents <= cap * 100, $"{product.Name} costs {product.PriceCents}p, above the cap {cap}");
        }
    }

    [Fact]
    public async Task A_budget_alone_caps_every_card()
    {
        await using var chat = await StartAsync();
        var lowCap = 20m;
        var lowMessage = "anything under £20";
        var (_, cheap) = await chat.CarouselAsync(lowMessage, "recommend_product", At(Currency("£20", lowCap), lowMessage));
        Assert.All(cheap, c => Assert.True(c.PriceCents <= 2000, $"{c.Title} at {c.Subtitle} is above £20"));
        Assert.Equal(5, cheap.Count);
    }

    [Fact]
    public async Task Cheaper_shows_only_products_below_the_cheapest_one_shown()
    {
        await using var chat = await StartAsync();
        var message = "suggest something over £50";
        var (_, first) = await chat.CarouselAsync(message, "recommend_product", At(Currency("£50", 50m), message));
        Assert.All(first, c => Assert.True(c.PriceCents >= 5000, $"{c.Title} at {c.Subtitle} is below £50"));
        var cheapest = first.Min(c => c.PriceCents);

        var (_, cheaper) = await chat.CarouselAsync("cheaper", "price_quote");
        Assert.All(cheaper, c => Assert.True(c.PriceCents < cheapest, $"{c.Title} at {c.Subtitle} is not below {cheapest}p"));

        // Again from the cheapest of those: cheaper cards, or (at the bottom of the range) a reply naming the new cap.
        var cap = cheaper.Min(x => x.PriceCents) - 1;
        var again = Assert.Single(await chat.SayAsync("cheaper please", "out_of_scope"));
        if (again.Attachments is { Count: > 0 })
            Assert.All(again.Attachments.Select(Card.From), c => Assert.True(c.PriceCents <= cap));
        else
            Assert.Contains($"couldn't find any products under {Money.Format(cap, "GBP")}", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_black_keeps_the_request_and_adds_the_colour()
    {
        await using var chat = await StartAsync();
        var message = "recommend something under £60";
        await chat.CarouselAsync(message, "recommend_product", At(Currency("£60", 60m), message));

        var (_, black) = await chat.CarouselAsync("in black", "out_of_scope", At(List("colour", "black", "black"), "in black"));
        foreach (var card in black)
        {
            var product = await chat.ProductOfAsync(card);
            Assert.Equal("black", chat.Vocabulary.CanonicalColour(product.Attributes["colour"]));
            Assert.True(product.PriceCents <= 6000);
        }
    }

    [Fact]
    public async Task More_like_the_second_one_shows_products_similar_to_it()
    {
        await using var chat = await StartAsync();
        var (_, first) = await chat.CarouselAsync("what would you suggest as a gift", "recommend_product");

        // The NLU reads "the second" as a date; the skill finds the ordinal itself.
        var (reply, similar) = await chat.CarouselAsync("more like the second one", "out_of_scope");
        Assert.Equal($"Here are some ideas like {first[1].Title}:", reply.Text);
        Assert.DoesNotContain(similar, c => c.Title == first[1].Title);
        Assert.Contains(similar, c => c.Text == $"Similar to {first[1].Title}");
    }

    private const string BlueHoodie = "Blue Hoodie";

    [Fact]
    public async Task The_similar_button_and_a_named_product_anchor_the_carousel()
    {
        await using var chat = await StartAsync();
        var message = $"more like {BlueHoodie}";
        var (reply, cards) = await chat.CarouselAsync(message, "recommend_product",
            At(new(BlueHoodie, 0, 0, "product", new Dictionary<string, object?> { ["value"] = "1", ["name"] = BlueHoodie }), message));
        Assert.Equal($"Here are some ideas like {BlueHoodie}:", reply.Text);
        Assert.DoesNotContain(cards, c => c.Title == BlueHoodie);
    }

    [Fact]
    public async Task What_goes_with_a_product_shows_what_its_buyers_also_bought()
    {
        await using var chat = await StartAsync();
        // Four more shoppers buy the espresso machine (2) with the notebook (4): the strongest partner by far.
        for (long customer = 2; customer <= 5; customer++)
        {
            await chat.Interactions.AddAsync(new ProductInteraction(customer, 2, InteractionKind.Purchase, 1, DateTimeOffset.UtcNow));
            await chat.Interactions.AddAsync(new ProductInteraction(customer, 4, InteractionKind.Purchase, 1, DateTimeOffset.UtcNow));
        }
        await chat.Recommender.RetrainAsync();

        var message = "what do people usually buy with the espresso machine";
        var (reply, cards) = await chat.CarouselAsync(message, "recommend_product",
            At(new("espresso machine", 0, 0, "product", new Dictionary<string, object?> { ["value"] = "2", ["name"] = "Espresso Machine" }), message));
        Assert.Equal("Shoppers who bought Espresso Machine also bought:", reply.Text);
        Assert.Equal("Notebook (A5, pack of 1)", cards[0].Title);
        Assert.All(cards, c => Assert.Equal("Often bought with Espresso Machine", c.Text));
    }

    [Fact]
    public async Task Details_describe_a_shown_product_without_internal_figures()
    {
        await using var chat = await StartAsync();
        var (_, cards) = await chat.CarouselAsync("what would you suggest as a gift", "recommend_product");
        var product = await chat.ProductOfAsync(cards[0]);
        var message = cards[0].Buttons[0].Value;
        var reply = Assert.Single(await chat.SayAsync(message, "product_info",
            At(new(product.Name, 0, 0, "product", new Dictionary<string, object?> { ["value"] = product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = product.Name }), message)));
        Assert.StartsWith($"**{product.Name}**, {Money.Format(product.PriceCents, "GBP")}. {product.Description}", reply.Text);
        Assert.DoesNotContain(Money.Format(product.CostCents, "GBP"), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_shopper_who_opened_details_gets_ideas_that_follow_them()
    {
        await using var chat = await StartAsync();
        var (_, first) = await chat.CarouselAsync("what would you suggest as a gift", "recommend_product");
        var product = await chat.ProductOfAsync(first[0]);
        var message = first[0].Buttons[0].Value;
        await chat.SayAsync(message, "product_info",
            At(new(product.Name, 0, 0, "product", new Dictionary<string, object?> { ["value"] = product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = product.Name }), message));

        var (reply, next) = await chat.CarouselAsync("what would you suggest as a gift", "recommend_product");
        Assert.Equal("Here are some ideas:", reply.Text);
        Assert.DoesNotContain(next, c => c.Title == product.Name);
        Assert.Contains(next, c => c.Text == $"Because you looked at {product.Name}" || c.Text == $"Similar to {product.Name}");
    }

    [Fact]
    public async Task A_signed_in_customer_gets_reasons_from_their_own_history()
    {
        await using var chat = await StartAsync("dl_customer_1");
        var (reply, cards) = await chat.CarouselAsync("show me recommendations based on what i bought before", "recommend_product");
        Assert.Equal("Here are some ideas picked for you, Alex Morgan:", reply.Text);

        var history = await chat.Interactions.GetForCustomerAsync(1);
        var bought = history.Where(x => x.Kind == InteractionKind.Purchase).Select(x => x.ProductId).ToHashSet();
        var names = (await chat.Products.SearchAsync(new ProductQuery { Limit = 10_000 })).ToDictionary(p => p.Id, p => p.Name);
        Assert.Contains(cards, c => bought.Any(id => c.Text == $"Because you bought {names[id]}"));
        foreach (var card in cards)
        {
            Assert.DoesNotContain(bought, id => names[id] == card.Title);
            Assert.DoesNotContain("Popular in", card.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Nothing_matching_says_so_and_suggests_relaxing()
    {
        await using var chat = await StartAsync();
        var message = "recommend a black lamp under £1";
        var reply = Assert.Single(await chat.SayAsync(message, "recommend_product",
            At(List("colour", "black", "black"), message), At(List("product_type", "lamp", "lamp"), message), At(Currency("£1", 1m), message)));
        Assert.Null(reply.Attachments);
        Assert.Equal("Sorry, I couldn't find any lamp in black under £1.00. Try a higher price limit or fewer filters, or ask me what's popular.", reply.Text);
        Assert.Contains("What's popular right now?", reply.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Another_skills_question_with_an_ordinal_is_not_taken_as_a_follow_up()
    {
        await using var chat = await StartAsync("dl_customer_1");
        await chat.CarouselAsync("what would you suggest as a gift", "recommend_product");
        var replies = await chat.SayAsync("where is my second order", "track_order");
        Assert.Contains(replies, r => r.Text!.Contains("order number", StringComparison.OrdinalIgnoreCase));
        Assert.All(replies, r => Assert.Null(r.Attachments));
    }

    [Fact]
    public async Task An_unrelated_message_ends_the_follow_ups()
    {
        await using var chat = await StartAsync();
        await chat.CarouselAsync("what would you suggest as a gift", "recommend_product");
        var reply = Assert.Single(await chat.SayAsync("blah blah", "out_of_scope"));
        Assert.StartsWith("I'm not sure what you mean", reply.Text, StringComparison.Ordinal);
        var after = Assert.Single(await chat.SayAsync("cheaper", "out_of_scope"));
        Assert.Null(after.Attachments);
    }
}
