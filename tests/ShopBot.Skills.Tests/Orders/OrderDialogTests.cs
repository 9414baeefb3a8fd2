using ShopBot.Skills.Data.Shop;
using static ShopBot.Skills.Tests.Orders.OrderChat;

namespace ShopBot.Skills.Tests.Orders;

/// <summary>The order dialogs against the demo fixtures (see src/ShopBot.Skills/Data/Demo/README.md).</summary>
public class OrderDialogTests
{
    private const string Alex = "alex.morgan@example.com";
    private const string Sam = "sam.taylor@example.org";

    [Fact]
    public async Task Track_AsksForTheOrderAndProof_ThenShowsStatusItemsCarrierAndEvents()
    {
        await using var chat = await StartAsync();
        Assert.Contains("order number", await chat.AskAsync("where is my order?", "track_order"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("e-mail address or the delivery postcode", await chat.AskAsync("100235", "out_of_scope", Order("100235")), StringComparison.Ordinal);
        var status = await chat.AskAsync(Alex, "out_of_scope", Email(Alex));
        Assert.Contains("on its way with DPD", status, StringComparison.Ordinal);
        Assert.Contains("Wireless Headphones", status, StringComparison.Ordinal);
        Assert.Contains("Latest updates", status, StringComparison.Ordinal);
        Assert.Null(chat.State.Values["dialog"]);
    }

    [Fact]
    public async Task Track_WithTheNumberInTheQuestion_AndAPostcodeAsProof()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("where is order 100234", "track_order", Order("100234"));
        var status = await chat.AskAsync("sw1a1aa", "out_of_scope");
        Assert.Contains("being packed", status, StringComparison.Ordinal);
        Assert.Contains("Blue Hoodie", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongProof_IsRefusedWithoutSayingWhetherTheOrderExists_AndLocksAfterThreeFailures()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("track 100234", "track_order", Order("100234"));
        var first = await chat.AskAsync("someone@example.com", "out_of_scope", Email("someone@example.com"));
        Assert.Contains("doesn't match", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoodie", first, StringComparison.Ordinal);
        await chat.AskAsync("other@example.com", "out_of_scope", Email("other@example.com"));
        var locked = await chat.AskAsync("third@example.com", "out_of_scope", Email("third@example.com"));
        Assert.Contains("can't check any more details", locked, StringComparison.Ordinal);

        // Asking again is refused at once, before any proof is even asked for.
        Assert.Contains("can't check any more details", await chat.AskAsync("track 100234", "track_order", Order("100234")), StringComparison.Ordinal);
        Assert.Contains("can't check any more details", await chat.AskAsync("track 100236", "track_order", Order("100236")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownOrderNumber_GetsTheSameAnswerAsAWrongEmail()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("track 999999", "track_order", Order("999999"));
        Assert.Contains("doesn't match what we have for order 999999", await chat.AskAsync(Alex, "out_of_scope", Email(Alex)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVerifiedCustomer_CannotSeeAnotherCustomersOrder()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("track 100234", "track_order", Order("100234"));
        await chat.AskAsync(Alex, "out_of_scope", Email(Alex));
        var other = await chat.AskAsync("and order 100240?", "track_order", Order("100240"));
        Assert.Contains("can't find order 100240 on your account", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Notebook", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInShopper_IsNotAskedForProof()
    {
        await using var chat = await StartAsync(trustedUserId: "dl_customer_1");
        await chat.AskAsync("where is my order", "track_order");
        Assert.Contains("on its way", await chat.AskAsync("100235", "out_of_scope", Order("100235")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_BeforeShipment_ConfirmsTheFee_ThenCancelsOnceWithAnAuditRecord()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("cancel order 100234", "cancel_order", Order("100234"));
        var confirm = await chat.SayAsync(Alex, "out_of_scope", Email(Alex));
        var question = Assert.Single(confirm);
        Assert.Contains("cancellation fee", question.Text, StringComparison.Ordinal);
        Assert.Equal(["Yes", "No"], question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Contains("is cancelled", await chat.AskAsync("Yes", "affirm"), StringComparison.Ordinal);

        var order = await chat.Orders.GetAsync(100234);
        Assert.Equal(OrderStatus.Cancelled, order!.Order.Status);
        Assert.Contains(order.Refunds, r => r.AmountCents > 0);
        var audit = await chat.Audit.ListForConversationAsync(chat.ConversationId);
        Assert.Single(audit);

        // The same "yes" again finds no question and changes nothing.
        Assert.Contains("not sure what that answers", await chat.AskAsync("Yes", "affirm"), StringComparison.Ordinal);
        Assert.Single(await chat.Audit.ListForConversationAsync(chat.ConversationId));
    }

    [Fact]
    public async Task Cancel_Declined_ChangesNothing()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("cancel 100241", "cancel_order", Order("100241"));
        Assert.Contains("free of charge", await chat.AskAsync(Sam, "out_of_scope", Email(Sam)), StringComparison.Ordinal);
        Assert.Contains("left order 100241 as it is", await chat.AskAsync("no", "deny"), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Paid, (await chat.Orders.GetAsync(100241))!.Order.Status);
    }

    [Fact]
    public async Task Cancel_AfterShipment_OffersAReturnInstead()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("cancel 100235", "cancel_order", Order("100235"));
        var replies = await chat.SayAsync(Alex, "out_of_scope", Email(Alex));
        var reply = Assert.Single(replies);
        Assert.Contains("can't be cancelled", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Return an item", reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(OrderStatus.Shipped, (await chat.Orders.GetAsync(100235))!.Order.Status);
    }

    [Fact]
    public async Task Cancel_InterruptedByHelp_ResumesAndStillCancels()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("cancel 100241", "cancel_order", Order("100241"));
        await chat.AskAsync(Sam, "out_of_scope", Email(Sam));
        var interrupted = await chat.SayAsync("what can you do?", "help");
        Assert.Equal(2, interrupted.Count);
        Assert.Contains("back to cancelling your order", interrupted[1].Text, StringComparison.Ordinal);
        Assert.Contains("is cancelled", await chat.AskAsync("yes", "affirm"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_InTheMiddle_LeavesTheOrderAlone()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("cancel 100241", "cancel_order", Order("100241"));
        await chat.AskAsync(Sam, "out_of_scope", Email(Sam));
        Assert.Contains("stopped", await chat.AskAsync("never mind", "stop"), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Paid, (await chat.Orders.GetAsync(100241))!.Order.Status);
    }

    [Fact]
    public async Task Return_ChoosesTheItem_Reason_Method_ThenBooksItWithALabel()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("I want to return something from 100236", "return_item", Order("100236"));
        var which = Assert.Single(await chat.SayAsync(Alex, "out_of_scope", Email(Alex)));
        Assert.Contains("Which item", which.Text, StringComparison.Ordinal);
        Assert.Contains("Desk Lamp", which.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Contains("Why", await chat.AskAsync("Desk Lamp", "out_of_scope"), StringComparison.Ordinal);
        Assert.Contains("refunded", await chat.AskAsync("Arrived damaged", "complaint"), StringComparison.Ordinal);
        Assert.Contains("Shall I start the return", await chat.AskAsync("Store credit", "out_of_scope"), StringComparison.Ordinal);
        var booked = await chat.AskAsync("yes please", "affirm");
        Assert.Contains("Return label reference", booked, StringComparison.Ordinal);
        var details = await chat.Orders.GetAsync(100236);
        var ret = Assert.Single(details!.Returns);
        Assert.Equal(1, ret.Quantity);
        Assert.Contains(ret.LabelReference, booked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_AfterTheWindow_IsRefusedBeforeAnyFurtherQuestion()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("return 100237", "return_item", Order("100237"));
        var refused = await chat.AskAsync(Alex, "out_of_scope", Email(Alex));
        Assert.Contains("can't start a return", refused, StringComparison.Ordinal);
        Assert.Contains("30 days", refused, StringComparison.Ordinal);
        Assert.Empty((await chat.Orders.GetAsync(100237))!.Returns);
    }

    [Fact]
    public async Task RefundStatus_ListsAmountsAndStates()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("where is my refund for 100238", "track_refund", Order("100238"));
        var refunds = await chat.AskAsync(Alex, "out_of_scope", Email(Alex));
        Assert.Contains("Refunds for order 100238", refunds, StringComparison.Ordinal);
        Assert.Contains("£", refunds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaymentIssue_ExplainsTheDeclinedCard()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("my payment failed for 100239", "payment_issue", Order("100239"));
        Assert.Contains("declined the card", await chat.AskAsync(Alex, "out_of_scope", Email(Alex)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoice_GivesNumberAmountAndLink()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("invoice for 100236", "get_invoice", Order("100236"));
        Assert.Contains("The invoice for order 100236 is", await chat.AskAsync(Alex, "out_of_scope", Email(Alex)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddressChange_BeforeShipment_IsConfirmedAndStored()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("change the address of 100239", "change_shipping_address", Order("100239"));
        Assert.Contains("What's the new address", await chat.AskAsync(Alex, "out_of_scope", Email(Alex)), StringComparison.Ordinal);
        Assert.Contains("Shall I send", await chat.AskAsync("2 Garden Row, Leeds, LS1 4AP", "out_of_scope"), StringComparison.Ordinal);
        Assert.Contains("will go to 2 Garden Row, Leeds, LS1 4AP", await chat.AskAsync("yes", "affirm"), StringComparison.Ordinal);
        Assert.Equal("LS1 4AP", (await chat.Orders.GetAsync(100239))!.Order.ShippingAddress.Postcode);
    }

    [Fact]
    public async Task ChangeQuantity_OfOneItem_ShowsTheDifference()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("change order 100234", "change_order", Order("100234"));
        await chat.SayAsync(Alex, "out_of_scope", Email(Alex));
        Assert.Contains("How many would you like instead", await chat.AskAsync("the Notebook", "out_of_scope"), StringComparison.Ordinal);
        Assert.Contains("We'd refund", await chat.AskAsync("1", "out_of_scope", Number(1)), StringComparison.Ordinal);
        Assert.Contains("now has 1 × Notebook", await chat.AskAsync("yes", "affirm"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingOrderNumber_IsAskedAgain_ThenTheDialogGivesUpPolitely()
    {
        await using var chat = await StartAsync();
        await chat.AskAsync("where's my stuff", "track_order");
        Assert.Contains("6-digit", await chat.AskAsync("dunno", "out_of_scope"), StringComparison.Ordinal);
        await chat.AskAsync("no idea", "out_of_scope");
        Assert.Contains("stopped", await chat.AskAsync("still no idea", "out_of_scope"), StringComparison.Ordinal);
        Assert.Null(chat.State.Values["dialog"]);
    }

    /// <summary>Takes over every refund above £200, as the handoff's guard does, and records what it saw.</summary>
    private sealed class RecordingGuard : ShopBot.Skills.Skills.Orders.IRefundGuard
    {
        public List<long> Seen { get; } = [];

        public async Task<bool> InterceptAsync(ShopBot.Skills.Conversation.ITurnContext turn, long refundMinor, string currency, string what, CancellationToken cancellationToken)
        {
            Seen.Add(refundMinor);
            if (refundMinor <= 20_000) return false;
            await turn.SendAsync(new ShopBot.Skills.Conversation.Activity { Text = "handed to a person" }, cancellationToken);
            return true;
        }
    }

    [Fact]
    public async Task AReturnAboveTheRefundLimit_GoesToThePersonGuard_AndNothingIsStored()
    {
        var guard = new RecordingGuard();
        await using var chat = await StartAsync(refundGuard: guard);
        await chat.AskAsync("return from 100236", "return_item", Order("100236"));
        await chat.SayAsync(Alex, "out_of_scope", Email(Alex));
        await chat.AskAsync("Espresso Machine", "out_of_scope");
        await chat.AskAsync("Changed my mind", "out_of_scope");
        Assert.Equal("handed to a person", await chat.AskAsync("Original payment method", "out_of_scope"));
        Assert.Equal([24_999L], guard.Seen);
        Assert.Empty((await chat.Orders.GetAsync(100236))!.Returns);
        Assert.Null(chat.State.Values["dialog"]);
    }
}
