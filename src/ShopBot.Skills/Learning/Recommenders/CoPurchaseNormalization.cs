namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>How <see cref="AlsoBoughtTrainer"/> turns co-purchase counts into a score.</summary>
public enum CoPurchaseNormalization
{
    /// <summary>c(a, b) / sqrt(n(a) * n(b)), n = number of buyers; in [0, 1], damps best-sellers.</summary>
    Cosine,

    /// <summary>c(a, b) * N / (n(a) * n(b)), N = number of buyers overall; above 1 means bought together more than by chance.</summary>
    Lift,
}
