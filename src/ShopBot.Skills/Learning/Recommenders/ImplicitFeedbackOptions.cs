namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>How much each kind of implicit event adds to the interaction strength r(u, i).</summary>
public sealed class ImplicitFeedbackOptions
{
    /// <summary>Weight of a view. Default 1.</summary>
    public double ViewWeight { get; set; } = 1;

    /// <summary>Weight of a cart addition. Default 3.</summary>
    public double CartWeight { get; set; } = 3;

    /// <summary>Weight of a purchase. Default 5.</summary>
    public double PurchaseWeight { get; set; } = 5;

    /// <summary>Sums the weighted events per (user, item) into interactions (latest timestamp kept).</summary>
    /// <exception cref="ArgumentException">A weight is negative or not finite.</exception>
    public IEnumerable<Interaction> ToInteractions(IEnumerable<ImplicitEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var w in new[] { ViewWeight, CartWeight, PurchaseWeight })
            if (!(w >= 0) || double.IsInfinity(w)) throw new ArgumentException($"event weights must be finite and >= 0, got {w}");
        return events.Select(e => new Interaction(e.UserId, e.ItemId, e.Kind switch
        {
            InteractionKind.View => ViewWeight,
            InteractionKind.Cart => CartWeight,
            InteractionKind.Purchase => PurchaseWeight,
            _ => throw new ArgumentException($"unknown interaction kind {e.Kind}"),
        }, e.Timestamp));
    }
}
