using System.Diagnostics;
using ShopBot.Skills.Nlu.Entities.DateTimes;
using ShopBot.Skills.Nlu.Entities.Numbers;
using ShopBot.Skills.Nlu.Entities.Recognizers;
using ShopBot.Skills.Nlu.Entities.Shop;

namespace ShopBot.Skills.Nlu.Entities;

/// <summary>
/// All entity recognizers together. Runs each one and resolves overlaps: the longest match wins, and between
/// matches of equal length the recognizer listed first (the more specific one) wins. Thread-safe.
/// </summary>
public sealed class EntityRecognizerSet : IEntityRecognizer
{
    /// <summary>The longest message examined, in characters; longer text is cut (recognition stays linear in this bound).</summary>
    public const int MaxTextLength = 20_000;

    private readonly IReadOnlyList<IEntityRecognizer> _recognizers;

    /// <summary>The recognizers run, by type name, highest priority first.</summary>
    public IEnumerable<(string Name, IEntityRecognizer Recognizer)> Recognizers => _recognizers.Select(r => (r.GetType().Name, r));

    /// <summary>Runs <paramref name="recognizers"/>, highest priority first.</summary>
    public EntityRecognizerSet(IReadOnlyList<IEntityRecognizer> recognizers)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        _recognizers = recognizers;
    }

    /// <summary>The standard English set: sequences, money, percentages, dates, shop entities, ordinals and numbers.</summary>
    public static EntityRecognizerSet CreateDefault(EntityOptions? options = null, ICatalogTerms? catalog = null)
    {
        options ??= new EntityOptions();
        var lists = options.ListEntitiesDirectory is { } dir ? LuListParser.LoadDirectory(dir) : [];
        var list = new List<IEntityRecognizer>
        {
            new EmailRecognizer(),
            new SkuRecognizer(options),
            new CurrencyRecognizer(),
            new PercentRecognizer(),
            new DateTimeRecognizer(),
            new OrderNumberRecognizer(options),
            new PhoneNumberRecognizer(),
        };
        if (catalog is not null) list.Add(new ProductRecognizer(catalog, lists));
        list.Add(new QuantityRecognizer());
        if (lists.Count > 0) list.Add(new ListEntityRecognizer(lists));
        list.Add(new OrdinalRecognizer());
        list.Add(new NumberRecognizer());
        return new EntityRecognizerSet(list);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime) =>
        Recognize(text, culture, referenceTime, null);

    /// <summary>
    /// <see cref="Recognize(string, string, DateTime)"/>, adding the Stopwatch ticks spent in each stage to
    /// <paramref name="ticks"/> when given (length <see cref="Recognizers"/> count + 2: the shared tokenization and
    /// number reading first, then each recognizer in order, then the overlap choice), for the speed benchmark.
    /// </summary>
    internal IReadOnlyList<EntityMatch> Recognize(string text, string culture, DateTime referenceTime, long[]? ticks)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        long t0 = ticks is null ? 0 : Stopwatch.GetTimestamp();
        var all = new List<(EntityMatch Match, int Priority)>();
        if (ticks is not null)
        {
            // the shared stage runs lazily inside the first recognizer that needs it; run it first to time it alone
            NumberParser.For(text, Tokenizer.Tokenize(text)).FindAll();
            long t1 = Stopwatch.GetTimestamp();
            ticks[0] += t1 - t0;
            t0 = t1;
        }
        for (int p = 0; p < _recognizers.Count; p++)
        {
            foreach (var m in _recognizers[p].Recognize(text, culture, referenceTime))
                all.Add((m, p));
            if (ticks is not null)
            {
                long t1 = Stopwatch.GetTimestamp();
                ticks[p + 1] += t1 - t0;
                t0 = t1;
            }
        }
        all.Sort((a, b) =>
        {
            int byLength = (b.Match.End - b.Match.Start).CompareTo(a.Match.End - a.Match.Start);
            if (byLength != 0) return byLength;
            int byPriority = a.Priority.CompareTo(b.Priority);
            return byPriority != 0 ? byPriority : a.Match.Start.CompareTo(b.Match.Start);
        });
        var chosen = new List<EntityMatch>();
        var taken = new SpanSet();
        foreach (var (m, _) in all)
            if (taken.TryAdd(m.Start, m.End + 1)) chosen.Add(m);
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (ticks is not null) ticks[^1] += Stopwatch.GetTimestamp() - t0;
        return chosen;
    }
}
