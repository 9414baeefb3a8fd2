using ShopBot.Skills.Skills.Handoff;

namespace ShopBot.Skills.Tests.Handoff;

public class EscalationPolicyTests
{
    private static readonly EscalationPolicy Policy = new(new HandoffOptions());

    private static EscalationDecision Decide(string intent, double[]? sentiment = null, int fallbacks = 0, bool offer = false, string? risky = null) =>
        Policy.Decide(new EscalationSignals(intent, sentiment ?? [0.0], fallbacks, offer, risky));

    [Fact]
    public void AskingForAPerson_Escalates() =>
        Assert.Equal((EscalationAction.Escalate, EscalationReason.AskedForPerson), (Decide("contact_human_agent").Action, Decide("contact_human_agent").Reason));

    [Fact]
    public void AVeryNegativeMessage_OffersAPerson_AndYesAcceptsIt()
    {
        var angry = Decide("complaint", [-0.9]);
        Assert.Equal(EscalationAction.Offer, angry.Action);
        Assert.Equal(EscalationReason.NegativeSentiment, angry.Reason);
        Assert.Equal(EscalationAction.Escalate, Decide("affirm", offer: true).Action);
        Assert.Equal(EscalationAction.None, Decide("deny", [-0.9], offer: true).Action); // no second offer straight after a no
    }

    [Theory]
    [InlineData(0.25, -0.3, EscalationAction.Offer)]  // upset at the threshold: offer, whatever the score
    [InlineData(0.9, -0.95, EscalationAction.Offer)]
    [InlineData(0.1, -0.95, EscalationAction.None)]   // very negative but not upset ("a bit disappointed the colour is duller")
    [InlineData(0.24, -0.7, EscalationAction.None)]
    public void WithAnUpsetDetector_ItDecides_NotTheScore(double upset, double score, EscalationAction expected)
    {
        var decision = Policy.Decide(new EscalationSignals("complaint", [score], 0, false, Upset: upset));
        Assert.Equal(expected, decision.Action);
        if (expected == EscalationAction.Offer) Assert.Contains("upset", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void UpsetThreshold_IsValidated() =>
        Assert.Throws<ArgumentException>(() => new HandoffOptions { UpsetThreshold = 1.5 }.Validate());

    [Theory]
    [InlineData(new[] { 0.4, 0.1, -0.4 }, EscalationAction.Offer)]   // falling every time, ending well below neutral
    [InlineData(new[] { 0.05, 0.0, -0.1 }, EscalationAction.None)]   // neutral noise drifting down is not a fall
    [InlineData(new[] { 0.4, 0.5, -0.2 }, EscalationAction.None)]    // not falling every time
    [InlineData(new[] { 0.9, 0.6, 0.2 }, EscalationAction.None)]     // falling but still positive
    [InlineData(new[] { -0.1, -0.3 }, EscalationAction.None)]        // too few messages
    [InlineData(new[] { -5e-5, -2.2e-4, -0.59 }, EscalationAction.None)] // two neutral questions differing by 1e-4, then one negative message
    [InlineData(new[] { 0.0, -0.12, -0.45 }, EscalationAction.Offer)]  // each step at least the minimum drop (0.1)
    public void FallingSentiment_OverConsecutiveMessages_OffersAPerson(double[] history, EscalationAction expected) =>
        Assert.Equal(expected, Decide("track_order", history).Action);

    [Fact]
    public void RepeatedFallback_OffersAPerson_AtTheConfiguredCount()
    {
        Assert.Equal(EscalationAction.None, Decide("out_of_scope", fallbacks: 1).Action);
        var second = Decide("out_of_scope", fallbacks: 2);
        Assert.Equal((EscalationAction.Offer, EscalationReason.RepeatedFallback), (second.Action, second.Reason));
        Assert.Contains("2 messages", second.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ARiskyAction_Escalates_WithItsReason()
    {
        var decision = Decide("get_refund", risky: "refund of £450.00 above the £200.00 limit");
        Assert.Equal(EscalationReason.RiskyAction, decision.Reason);
        Assert.Contains("£450.00", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SupportHours_FollowTheirTimeZone()
    {
        var hours = SupportHours.From(new HandoffOptions { TimeZone = "Europe/London", SupportOpens = "09:00", SupportCloses = "18:00" });
        Assert.True(hours.IsOpen(new DateTimeOffset(2026, 7, 1, 8, 30, 0, TimeSpan.Zero)));   // Wed 09:30 BST
        Assert.False(hours.IsOpen(new DateTimeOffset(2026, 7, 1, 7, 30, 0, TimeSpan.Zero)));  // Wed 08:30 BST
        Assert.False(hours.IsOpen(new DateTimeOffset(2026, 7, 4, 12, 0, 0, TimeSpan.Zero)));  // Saturday
        Assert.Throws<ArgumentException>(() => new HandoffOptions { SupportDays = ["Funday"] }.Validate());
        Assert.Throws<ArgumentException>(() => new HandoffOptions { SupportOpens = "18:00", SupportCloses = "09:00" }.Validate());
    }
}
