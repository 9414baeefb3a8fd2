namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// The regularised multinomial logistic loss L = (1/n) Σ_i −log softmax(W x_i + b)_{y_i} + (λ/2)‖W‖² and its exact
/// gradient ∂L/∂W_fc = (1/n) Σ_i x_if (p_ic − [y_i = c]) + λ W_fc, ∂L/∂b_c = (1/n) Σ_i (p_ic − [y_i = c]).
/// Weights are feature-major: W_fc at index f·C + c.
/// </summary>
public static class SoftmaxObjective
{
    /// <summary>Returns the loss and writes the gradient into <paramref name="gradW"/> and <paramref name="gradB"/>.</summary>
    public static double Evaluate(ReadOnlySpan<double> w, ReadOnlySpan<double> b, TrainingSet data, double l2, Span<double> gradW, Span<double> gradB)
    {
        ArgumentNullException.ThrowIfNull(data);
        int c = data.ClassCount;
        if (w.Length != data.FeatureCount * c || b.Length != c || gradW.Length != w.Length || gradB.Length != c)
            throw new ArgumentException("Weight and gradient sizes must match FeatureCount × ClassCount and ClassCount.");
        gradW.Clear();
        gradB.Clear();
        var z = new double[c];
        double loss = 0;
        int n = data.Rows.Count;
        for (int i = 0; i < n; i++)
        {
            var row = data.Rows[i];
            b.CopyTo(z);
            for (int k = 0; k < row.Count; k++)
            {
                int f = row.Indices[k];
                double v = row.Values[k];
                for (int y = 0; y < c; y++) z[y] += v * w[f * c + y];
            }
            LogMath.LogNormalize(z);
            int label = data.Labels[i];
            loss -= z[label];
            for (int y = 0; y < c; y++)
            {
                double g = (Math.Exp(z[y]) - (y == label ? 1 : 0)) / n;
                gradB[y] += g;
                for (int k = 0; k < row.Count; k++) gradW[row.Indices[k] * c + y] += g * row.Values[k];
            }
        }
        loss /= n;
        double reg = 0;
        for (int j = 0; j < w.Length; j++)
        {
            reg += w[j] * w[j];
            gradW[j] += l2 * w[j];
        }
        return loss + 0.5 * l2 * reg;
    }
}
