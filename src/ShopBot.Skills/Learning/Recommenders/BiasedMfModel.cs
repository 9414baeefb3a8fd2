namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>A trained biased matrix factorisation: r(u, i) = mu + b(u) + b(i) + q(i) . p(u), clipped to the training scale.</summary>
public sealed class BiasedMfModel : IRatingPredictor
{
    private const string Magic = "ShopBot.BiasedMf";
    private readonly double[] _bu, _bi, _p, _q;

    internal BiasedMfModel(IdMap users, IdMap items, int factors, double mean, double[] bu, double[] bi, double[] p, double[] q, double min, double max)
    {
        Users = users;
        Items = items;
        Factors = factors;
        GlobalMean = mean;
        _bu = bu;
        _bi = bi;
        _p = p;
        _q = q;
        MinRating = min;
        MaxRating = max;
    }

    /// <summary>User ids.</summary>
    public IdMap Users { get; }

    /// <summary>Item ids.</summary>
    public IdMap Items { get; }

    /// <summary>Latent dimension.</summary>
    public int Factors { get; }

    /// <summary>Mean training rating.</summary>
    public double GlobalMean { get; }

    /// <summary>Smallest training rating.</summary>
    public double MinRating { get; }

    /// <summary>Largest training rating.</summary>
    public double MaxRating { get; }

    /// <inheritdoc />
    public double Predict(string userId, string itemId)
    {
        var u = Users.IndexOf(userId);
        var i = Items.IndexOf(itemId);
        return Math.Clamp(Estimate(u, i), MinRating, MaxRating);
    }

    /// <summary>Unclipped estimate by index; -1 marks an unknown user or item (its terms are left out).</summary>
    public double Estimate(int user, int item)
    {
        var e = GlobalMean;
        if (user >= 0) e += _bu[user];
        if (item >= 0) e += _bi[item];
        if (user >= 0 && item >= 0) e += BiasedMfTrainer.Dot(_p.AsSpan(user * Factors, Factors), _q.AsSpan(item * Factors, Factors));
        return e;
    }

    /// <summary>Writes the unclipped estimate for every item for <paramref name="user"/> into <paramref name="scores"/>.</summary>
    public void Score(int user, Span<double> scores)
    {
        if (scores.Length != Items.Count) throw new ArgumentException($"scores must have one slot per item ({Items.Count})");
        for (var i = 0; i < scores.Length; i++) scores[i] = Estimate(user, i);
    }

    /// <summary>Writes the model to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelIo.WriteHeader(w, Magic, 1);
        ModelIo.WriteIds(w, Users);
        ModelIo.WriteIds(w, Items);
        w.Write(Factors);
        w.Write(GlobalMean);
        w.Write(MinRating);
        w.Write(MaxRating);
        ModelIo.WriteArray(w, _bu);
        ModelIo.WriteArray(w, _bi);
        ModelIo.WriteArray(w, _p);
        ModelIo.WriteArray(w, _q);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a biased MF model.</exception>
    public static BiasedMfModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return Read(stream);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the biased MF model is truncated", e);
        }
    }

    private static BiasedMfModel Read(Stream stream)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelIo.ReadHeader(r, Magic, 1);
        var users = ModelIo.ReadIds(r);
        var items = ModelIo.ReadIds(r);
        var k = r.ReadInt32();
        if (k < 1) throw new InvalidDataException($"bad factor count {k}");
        double mean = r.ReadDouble(), min = r.ReadDouble(), max = r.ReadDouble();
        var bu = ModelIo.ReadArray(r, users.Count);
        var bi = ModelIo.ReadArray(r, items.Count);
        var p = ModelIo.ReadArray(r, users.Count * k);
        var q = ModelIo.ReadArray(r, items.Count * k);
        return new BiasedMfModel(users, items, k, mean, bu, bi, p, q, min, max);
    }
}
