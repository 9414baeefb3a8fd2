namespace ShopBot.Skills.Nlu;

/// <summary>The out-of-scope rule: low confidence or an ambiguous top two gives <see cref="RecognizerResult.OutOfScope"/>.</summary>
public static class IntentFallback
{
    /// <summary>True when a top confidence of <paramref name="top"/> and runner-up <paramref name="second"/> must fall back.</summary>
    public static bool ShouldFallBack(double top, double second, double threshold, double margin) =>
        top < threshold || top - second < margin;

    /// <summary>The intent to act on: the top one, or out_of_scope with the top confidence when the rule says so.</summary>
    public static IntentScore Choose(IReadOnlyList<IntentScore> ranked, double threshold, double margin)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        if (ranked.Count == 0) return new IntentScore(RecognizerResult.OutOfScope, 1);
        var top = ranked[0];
        double second = ranked.Count > 1 ? ranked[1].Confidence : 0;
        if (top.Name == RecognizerResult.OutOfScope) return top;
        if (!ShouldFallBack(top.Confidence, second, threshold, margin)) return top;
        var oos = ranked.FirstOrDefault(s => s.Name == RecognizerResult.OutOfScope);
        return new IntentScore(RecognizerResult.OutOfScope, oos?.Confidence ?? 1 - top.Confidence);
    }
}
