namespace ShopBot.Benchmarks.Nlu;

/// <summary>Resolves default data paths (../shared/data relative to the repository root) and reads simple flags.</summary>
internal static class BenchmarkData
{
    /// <summary>A path inside the repository (the folder holding ShopBot.sln).</summary>
    public static string RepositoryPath(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine([dir?.FullName ?? Directory.GetCurrentDirectory(), .. parts]));
    }

    public static string SharedPath(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) dir = dir.Parent;
        var root = dir?.FullName ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine([root, "..", "shared", "data", .. parts]));
    }

    /// <summary>Classifier options (defaults, or <c>baseline</c>) with optional overrides: --l2, --rate, --epochs, --alpha, --char-weight, --min-df, --bits, --word-ngram, --char-min, --char-max, --head-l2 (the sentence-encoder head's L2).</summary>
    public static ShopBot.Skills.Nlu.Intents.IntentClassifierOptions ClassifierOptions(string[] args, string kind, ShopBot.Skills.Nlu.Intents.IntentClassifierOptions? baseline = null)
    {
        var o = (baseline ?? new ShopBot.Skills.Nlu.Intents.IntentClassifierOptions()) with { Classifier = kind };
        var lr = o.Logistic;
        if (Flag(args, "--l2") is { } l2) lr = lr with { L2 = double.Parse(l2, System.Globalization.CultureInfo.InvariantCulture) };
        if (Flag(args, "--rate") is { } rate) lr = lr with { LearningRate = double.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) };
        if (Flag(args, "--epochs") is { } ep) lr = lr with { MaxEpochs = int.Parse(ep, System.Globalization.CultureInfo.InvariantCulture) };
        if (Flag(args, "--tol") is { } tol) lr = lr with { Tolerance = double.Parse(tol, System.Globalization.CultureInfo.InvariantCulture) };
        var nb = o.NaiveBayes;
        if (Flag(args, "--alpha") is { } a) nb = nb with { Alpha = double.Parse(a, System.Globalization.CultureInfo.InvariantCulture) };
        var f = o.Features;
        if (Flag(args, "--char-weight") is { } cw) f = f with { CharWeight = float.Parse(cw, System.Globalization.CultureInfo.InvariantCulture) };
        if (Flag(args, "--min-df") is { } df) f = f with { MinDocumentFrequency = int.Parse(df, System.Globalization.CultureInfo.InvariantCulture) };
        if (Flag(args, "--word-ngram") is { } wn) f = f with { MaxWordNgram = int.Parse(wn, System.Globalization.CultureInfo.InvariantCulture) };
        if (Flag(args, "--char-min") is { } cmin) f = f with { MinCharNgram = int.Parse(cmin, System.Globalization.CultureInfo.InvariantCulture) };
        if (Flag(args, "--char-max") is { } cmax) f = f with { MaxCharNgram = int.Parse(cmax, System.Globalization.CultureInfo.InvariantCulture) };
        if (Flag(args, "--bits") is { } bits) f = f with { HashBits = int.Parse(bits, System.Globalization.CultureInfo.InvariantCulture) };
        var head = o.EncoderHead;
        if (Flag(args, "--head-l2") is { } hl2) head = head with { Logistic = head.Logistic with { L2 = double.Parse(hl2, System.Globalization.CultureInfo.InvariantCulture) } };
        return o with { Logistic = lr, NaiveBayes = nb, Features = f, EncoderHead = head };
    }

    /// <summary>The sentence encoder named by --encoder (none by default), memoized so folds and repeated fits encode each text once.</summary>
    public static ShopBot.Skills.Nlu.Embeddings.MemoizingSentenceEncoder? Encoder(string[] args) =>
        ShopBot.Skills.Nlu.Embeddings.SentenceEncoders.Create(Flag(args, "--encoder") ?? ShopBot.Skills.Nlu.Embeddings.SentenceEncoders.None) is { } encoder
            ? new ShopBot.Skills.Nlu.Embeddings.MemoizingSentenceEncoder(encoder)
            : null;

    public static string? Flag(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
