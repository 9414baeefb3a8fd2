namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>What <see cref="InteractionMatrix.Build"/> does when the same (user, item) pair occurs more than once.</summary>
public enum DuplicateHandling
{
    /// <summary>Add the values (implicit feedback: three views weigh three times one view). Keeps the latest timestamp.</summary>
    Sum,

    /// <summary>Keep the value of the latest occurrence (by timestamp, then by input order): a re-rating replaces the rating.</summary>
    Last,
}
