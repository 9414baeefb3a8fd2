using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using ShopBot.Skills.Nlu.Embeddings;
using ShopBot.Skills.Nlu.Intents;
using ShopBot.Skills.Nlu.Lu;
using ShopBot.Skills.Nlu.Sentiment;
using ShopBot.Skills.Nlu.Text;

namespace ShopBot.Skills.Nlu;

/// <summary>
/// The trained NLU models, loaded from a cache or trained at startup from dialogs/intents/*.lu and
/// dialogs/sentiment/*.csv plus neutral examples picked from the intent data (<see cref="NeutralExamples"/>). The cache key is a SHA-256 of the data files, the options and the build of ShopBot that trains them
/// (<see cref="Data.ModelCacheFiles.CodeIdentity"/>), so a cache left by an older build is never read as this one's.
/// With <see cref="NluOptions.Encoder"/> set, the intent model carries an <see cref="EncoderHead"/> over that sentence
/// encoder, which these models own (disposed with them); so does the sentiment model, unless the encoder is the static
/// one (<see cref="SentimentUses"/>).
/// </summary>
public sealed partial class NluModels : IDisposable
{
    /// <summary>Cached models of each kind (intents, sentiment, upset) kept; older ones are deleted after a model is trained.</summary>
    public const int KeepPerKind = 4;

    private NluModels(IntentClassifierModel intents, ISentimentAnalyzer sentiment, ISentenceEncoder? encoder)
    {
        Intents = intents;
        Sentiment = sentiment;
        Encoder = encoder;
    }

    /// <summary>The sentence encoder both models use, or null.</summary>
    public ISentenceEncoder? Encoder { get; }

    /// <summary>Releases the sentence encoder (its ONNX session).</summary>
    public void Dispose() => (Encoder as IDisposable)?.Dispose();

    /// <summary>The intent classifier.</summary>
    public IIntentClassifier Intents { get; }

    /// <summary>The sentiment analyzer (neutral for everything when no sentiment data ships).</summary>
    public ISentimentAnalyzer Sentiment { get; }

    /// <summary>
    /// The encoder the sentiment model mixes in for a configured encoder: a contextual one (MiniLM) adds 3-4 points
    /// across review domains, but a head on static token vectors did not improve the sentiment model's within-domain
    /// cross-validation beyond noise (88.35 against 88.2 mean accuracy over 2,000 sentences) and costs 3-7% of a
    /// message's time, which the 5 µs budget does not have to spare, so with <c>static</c> the sentiment model keeps to
    /// its words (see the README's figures).
    /// </summary>
    public static ISentenceEncoder? SentimentUses(ISentenceEncoder? encoder) =>
        (encoder is MemoizingSentenceEncoder memo ? memo.Inner : encoder) is StaticSentenceEncoder ? null : encoder;

    /// <summary>Loads cached models or trains the missing ones; never trains twice for the same data and options.</summary>
    public static NluModels LoadOrTrain(string dialogsDirectory, string cacheDirectory, NluOptions options, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogsDirectory);
        ArgumentException.ThrowIfNullOrEmpty(cacheDirectory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        string intentDir = Path.Combine(dialogsDirectory, "intents");
        var intentFiles = Directory.Exists(intentDir) ? Directory.GetFiles(intentDir, "*.lu").Order(StringComparer.Ordinal).ToArray() : [];
        if (intentFiles.Length == 0) throw new ArgumentException($"No intent training data: '{intentDir}' has no .lu files.");
        string sentimentDir = Path.Combine(dialogsDirectory, "sentiment");
        var sentimentFiles = Directory.Exists(sentimentDir) ? Directory.GetFiles(sentimentDir, "*.csv").Order(StringComparer.Ordinal).ToArray() : [];

        var classifierOptions = options.ToClassifierOptions();
        var encoder = SentenceEncoders.Create(options.Encoder);
        try
        {
            return LoadOrTrain(intentFiles, sentimentDir, sentimentFiles, cacheDirectory, options, classifierOptions, encoder, logger);
        }
        catch
        {
            (encoder as IDisposable)?.Dispose();
            throw;
        }
    }

    private static NluModels LoadOrTrain(string[] intentFiles, string sentimentDir, string[] sentimentFiles, string cacheDirectory, NluOptions options,
        IntentClassifierOptions classifierOptions, ISentenceEncoder? encoder, ILogger logger)
    {
        // Training encodes each utterance once even though the intent and sentiment models both read the intent data.
        var trainingEncoder = encoder is null ? null : new MemoizingSentenceEncoder(encoder);
        string encoderKey = encoder is null ? "" : $"|encoder={encoder.Name}";
        var intentData = new Lazy<LabeledUtterance[]>(() => intentFiles.SelectMany(LuParser.ParseFile).ToArray());
        var intents = LoadOrTrain(
            Path.Combine(cacheDirectory, $"intents-{Key(intentFiles, classifierOptions.Fingerprint() + encoderKey)}.model"),
            s => IntentClassifierModel.Load(s, encoder),
            () => new IntentClassifierTrainer(classifierOptions, trainingEncoder).Fit(intentData.Value),
            (m, s) => m.Save(s), "intents", logger);

        ISentimentAnalyzer sentiment;
        if (sentimentFiles.Length == 0)
        {
            LogNoSentimentData(logger, sentimentDir);
            sentiment = new NeutralSentimentAnalyzer();
        }
        else
        {
            // The general-English polarity word lists (dialogs/sentiment/polarity-words.txt) add four negation-aware
            // count features: they carry the model to review domains it never trained on (see README).
            var lexiconPath = Path.Combine(sentimentDir, SentimentTrainer.LexiconFileName);
            var lexicon = File.Exists(lexiconPath) ? PolarityLexicon.Load(lexiconPath) : null;
            var sentimentOptions = SentimentTrainer.OptionsWith(lexicon);
            string[] keyFiles = lexicon is null ? [.. sentimentFiles, .. intentFiles] : [.. sentimentFiles, lexiconPath, .. intentFiles];
            var sentimentEncoder = SentimentUses(encoder);
            var model = LoadOrTrain(
                Path.Combine(cacheDirectory, $"sentiment-{Key(keyFiles, sentimentOptions.Fingerprint() + (sentimentEncoder is null ? "" : encoderKey))}.model"),
                s => IntentClassifierModel.Load(s, sentimentEncoder),
                () => new SentimentTrainer(sentimentOptions, encoder: SentimentUses(trainingEncoder)).Fit([.. sentimentFiles.SelectMany(SentimentDataLoader.Load), .. NeutralExamples.Select(intentData.Value)]).Classifier,
                (m, s) => m.Save(s), "sentiment", logger);
            sentiment = new SentimentModel(model, options.NeutralBand);
            // Shop messages marked upset or not (dialogs/sentiment/shop-messages.csv) train the upset detector that
            // the handoff policy asks whether to offer a person.
            var shopMessages = UpsetDetector.ShopMessages(sentimentFiles);
            if (shopMessages.Any(e => e.Upset == true))
            {
                var detector = LoadOrTrain(
                    Path.Combine(cacheDirectory, $"upset-{Key(keyFiles, "upset|" + sentimentOptions.Fingerprint())}.model"),
                    s => new UpsetDetector(IntentClassifierModel.Load(s)),
                    () => UpsetDetector.Fit(shopMessages, intentData.Value, sentimentOptions),
                    (m, s) => m.Classifier.Save(s), "upset", logger);
                sentiment = new SentimentWithUpset(sentiment, detector);
            }
        }
        return new NluModels(intents, sentiment, encoder);
    }

    private static T LoadOrTrain<T>(string path, Func<Stream, T> load, Func<T> train, Action<T, Stream> save, string what, ILogger logger)
    {
        if (File.Exists(path))
        {
            try
            {
                using var stream = File.OpenRead(path);
                var cached = load(stream);
                LogLoaded(logger, what, path);
                return cached;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
            {
                LogCacheUnreadable(logger, what, path, e.Message);
            }
        }
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var model = train();
        LogTrained(logger, what, System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        // A cache that cannot be written costs the next start a retraining, not this one its models.
        if (!Data.ModelCacheFiles.TryStore(path, stream => save(model, stream), what + "-*.model", KeepPerKind, out var reason))
            LogCacheNotWritten(logger, what, path, reason!);
        return model;
    }

    /// <summary>SHA-256 over the code identity, option fingerprint and every file's name and bytes.</summary>
    internal static string Key(IEnumerable<string> files, string fingerprint) => Key(files, fingerprint, Data.ModelCacheFiles.CodeIdentity);

    /// <summary><see cref="Key(IEnumerable{string}, string)"/> for the build <paramref name="codeIdentity"/>.</summary>
    internal static string Key(IEnumerable<string> files, string fingerprint, string codeIdentity)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{codeIdentity}|{fingerprint}"));
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("|" + Path.GetFileName(file) + "|"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..24];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "NLU {What} model loaded from cache {Path}")]
    private static partial void LogLoaded(ILogger logger, string what, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "NLU {What} model trained in {Milliseconds:F0} ms")]
    private static partial void LogTrained(ILogger logger, string what, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "NLU {What} cache {Path} is unreadable ({Reason}); retraining")]
    private static partial void LogCacheUnreadable(ILogger logger, string what, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "NLU {What} cache {Path} could not be written ({Reason}); the model is kept in memory only")]
    private static partial void LogCacheNotWritten(ILogger logger, string what, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No sentiment training data in {Directory}; every message will be neutral")]
    private static partial void LogNoSentimentData(ILogger logger, string directory);
}
