namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Weighted ALS for implicit feedback (Hu, Koren and Volinsky 2008): every (user, item) cell has preference
/// p = 1 if r &gt; 0 else 0 (stored zeros count as "no interaction") and confidence c = 1 + alpha * r; minimises sum c (p - x_u . y_i)^2 + lambda (|x|^2 + |y|^2).
/// </summary>
public sealed class ImplicitAlsTrainer(ImplicitAlsOptions? options = null)
{
    private readonly ImplicitAlsOptions _options = options ?? new ImplicitAlsOptions();

    /// <summary>Fits on an interaction-strength matrix (values must be &gt;= 0, e.g. from <see cref="ImplicitFeedbackOptions.ToInteractions"/>).</summary>
    public ImplicitAlsModel Fit(InteractionMatrix interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        _options.Validate();
        foreach (var v in interactions.Values)
            if (v < 0) throw new ArgumentException($"implicit strengths must be >= 0, found {v}", nameof(interactions));
        int k = _options.Factors, nU = interactions.UserCount, nI = interactions.ItemCount;
        var random = new Random(_options.Seed);
        var x = new double[nU * k];
        var y = new double[nI * k];
        Gaussian.Fill(random, x, _options.InitStdDev);
        Gaussian.Fill(random, y, _options.InitStdDev);
        var gram = new double[k * k];
        var a = new double[k * k];
        double alpha = _options.Alpha, lambda = _options.Regularization;

        for (var it = 0; it < _options.Iterations; it++)
        {
            ImplicitAlsSolver.Gram(y, k, gram);
            for (var u = 0; u < nU; u++)
                ImplicitAlsSolver.SolveRow(gram, y, k, interactions.RowItems(u), interactions.RowValues(u), alpha, lambda, a, x.AsSpan(u * k, k));
            ImplicitAlsSolver.Gram(x, k, gram);
            for (var i = 0; i < nI; i++)
                ImplicitAlsSolver.SolveRow(gram, x, k, interactions.ColumnUsers(i), interactions.ColumnValuesOf(i), alpha, lambda, a, y.AsSpan(i * k, k));
        }
        ImplicitAlsSolver.Gram(y, k, gram);
        return new ImplicitAlsModel(interactions.Users, interactions.Items, k, alpha, lambda, x, y, gram);
    }
}
