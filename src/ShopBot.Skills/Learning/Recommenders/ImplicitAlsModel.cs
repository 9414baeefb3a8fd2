namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Trained implicit-feedback factors: preference(u, i) = x_u . y_i (about 1 = likes, about 0 = no signal).</summary>
public sealed class ImplicitAlsModel
{
    private const string Magic = "ShopBot.ImplicitAls";
    private readonly double[] _x, _y, _gram;

    internal ImplicitAlsModel(IdMap users, IdMap items, int factors, double alpha, double lambda, double[] x, double[] y, double[] gram)
    {
        Users = users;
        Items = items;
        Factors = factors;
        Alpha = alpha;
        Regularization = lambda;
        _x = x;
        _y = y;
        _gram = gram;
    }

    /// <summary>User ids.</summary>
    public IdMap Users { get; }

    /// <summary>Item ids.</summary>
    public IdMap Items { get; }

    /// <summary>Latent dimension.</summary>
    public int Factors { get; }

    /// <summary>Confidence slope used in training (and in <see cref="FoldIn"/>).</summary>
    public double Alpha { get; }

    /// <summary>Regularisation used in training.</summary>
    public double Regularization { get; }

    /// <summary>The factor vector of a training user.</summary>
    public ReadOnlySpan<double> UserFactors(int user) => _x.AsSpan(user * Factors, Factors);

    /// <summary>Preference scores of every item for a training user (overwrites <paramref name="scores"/>).</summary>
    public void Score(int user, Span<double> scores) => ScoreVector(UserFactors(user), scores);

    /// <summary>Preference scores of every item for a user factor vector (e.g. from <see cref="FoldIn"/>).</summary>
    public void ScoreVector(ReadOnlySpan<double> userVector, Span<double> scores)
    {
        if (userVector.Length != Factors) throw new ArgumentException($"the user vector must have {Factors} factors");
        if (scores.Length != Items.Count) throw new ArgumentException($"scores must have one slot per item ({Items.Count})");
        for (var i = 0; i < scores.Length; i++) scores[i] = BiasedMfTrainer.Dot(userVector, _y.AsSpan(i * Factors, Factors));
    }

    /// <summary>
    /// Computes a factor vector for a shopper not seen in training from their history (item indices and
    /// strengths), with the same least-squares step as training and the items held fixed.
    /// </summary>
    public void FoldIn(ReadOnlySpan<int> items, ReadOnlySpan<double> strengths, Span<double> userVector)
    {
        if (items.Length != strengths.Length) throw new ArgumentException("items and strengths must have the same length");
        if (userVector.Length != Factors) throw new ArgumentException($"the user vector must have {Factors} factors");
        foreach (var i in items)
            if ((uint)i >= (uint)Items.Count) throw new ArgumentException($"item index {i} is outside the model's {Items.Count} items");
        var a = new double[Factors * Factors];
        ImplicitAlsSolver.SolveRow(_gram, _y, Factors, items, strengths, Alpha, Regularization, a, userVector);
    }

    /// <summary>Writes the model to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelIo.WriteHeader(w, Magic, 1);
        ModelIo.WriteIds(w, Users);
        ModelIo.WriteIds(w, Items);
        w.Write(Factors);
        w.Write(Alpha);
        w.Write(Regularization);
        ModelIo.WriteArray(w, _x);
        ModelIo.WriteArray(w, _y);
    }

    /// <summary>Reads a model written by <see cref="Save"/> (Y^T Y is recomputed).</summary>
    /// <exception cref="InvalidDataException">The stream does not hold an implicit ALS model.</exception>
    public static ImplicitAlsModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            ModelIo.ReadHeader(r, Magic, 1);
            var users = ModelIo.ReadIds(r);
            var items = ModelIo.ReadIds(r);
            var k = r.ReadInt32();
            if (k < 1) throw new InvalidDataException($"bad factor count {k}");
            double alpha = r.ReadDouble(), lambda = r.ReadDouble();
            var x = ModelIo.ReadArray(r, users.Count * k);
            var y = ModelIo.ReadArray(r, items.Count * k);
            var gram = new double[k * k];
            ImplicitAlsSolver.Gram(y, k, gram);
            return new ImplicitAlsModel(users, items, k, alpha, lambda, x, y, gram);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the implicit ALS model is truncated", e);
        }
    }
}
