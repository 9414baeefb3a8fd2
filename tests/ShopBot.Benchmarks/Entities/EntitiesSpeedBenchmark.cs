using System.Diagnostics;
using ShopBot.Skills.Nlu.Entities;
using ShopBot.Skills.Nlu.Entities.Shop;
using ShopBot.Skills.Nlu.Entities.Specs;

namespace ShopBot.Benchmarks.Entities;

/// <summary>
/// entities-speed: all entity recognizers together (EntityRecognizerSet with list entities and a 200-product
/// catalogue) on generated shop messages of about 12 words, one thread. Prints the start-up cost, the steady-state
/// time per message after a warm-up (best round per chunk of 100 messages, also in thread CPU time), whole passes,
/// a first pass over unseen messages, bytes allocated, the time and bytes of each stage in run order, and then the
/// spec pass rates. Usage: entities-speed [specs-folder] [messages=2000] [rounds=10] (rounds per chunk; the best counts).
/// </summary>
public sealed class EntitiesSpeedBenchmark : IBenchmark
{
    public string Name => "entities-speed";

    public string Description => "µs per ~12-word message for all entity recognizers together (goal <= 20 µs), and spec pass rates";

    private static readonly string[] Templates =
    [
        "hi can you cancel order {order} for me please thanks",
        "I want {qty} {colour} {type} in size {size} under ${price}",
        "my parcel for order #{order} was due {when} but nothing came",
        "is the {product} back in stock {when} or next month",
        "please refund {price} dollars to my card for the {type}",
        "do you have {sku} in {colour} and how much is shipping",
        "I ordered {qty} of them on {date} and got only one",
        "send it to me by {when} at {time}, my email is ann@example.com",
        "what is your return policy for a {colour} {type} bought {when}",
        "the {product} costs {price} euros, is there a {pct}% discount",
        "call me on +44 7700 900397 about my order {order} {when}",
        "can I change the size of my {type} to {size} before {when}",
    ];

    private static readonly string[] Whens = ["tomorrow", "last tuesday", "next week", "in 3 days", "today", "on the 5th of may", "friday"];
    private static readonly string[] Colours = ["blue", "navy", "red", "blak", "green", "grey"];
    private static readonly string[] Types = ["hoodie", "mugs", "headphones", "jumper", "kettle", "backpack", "t-shirt"];
    private static readonly string[] Sizes = ["M", "XL", "small", "large"];
    private static readonly string[] Adjectives = ["Classic", "Wireless", "Ceramic", "Organic", "Compact", "Deluxe", "Travel", "Smart"];
    private static readonly string[] Nouns = ["Hoodie", "Mug", "Headphones", "Kettle", "Backpack", "Lamp", "Blanket", "Speaker", "Notebook", "Tent"];

    internal sealed class SyntheticCatalog : ICatalogTerms
    {
        public SyntheticCatalog(Random rng)
        {
            var products = new List<(string, string)>();
            for (int i = 0; i < 200; i++)
                products.Add(($"p-{i}", $"{Adjectives[rng.Next(Adjectives.Length)]} {Colours[rng.Next(3)]} {Nouns[rng.Next(Nouns.Length)]}"));
            Products = products;
        }

        public IReadOnlyList<(string Id, string Name)> Products { get; }

        public IReadOnlyList<string> Brands { get; } = ["Acme", "Northwind", "Contoso"];
    }

    public Task<int> RunAsync(string[] args)
    {
        var root = FindRepoRoot();
        var specs = args.Length > 0 ? args[0] : Path.Combine(root, "..", "shared", "data", "entities", "recognizers-specs");
        int count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        int rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;

        var rng = new Random(42);
        var catalog = new SyntheticCatalog(rng);
        var set = EntityRecognizerSet.CreateDefault(new EntityOptions { ListEntitiesDirectory = Path.Combine(root, "dialogs", "entities") }, catalog);
        var messages = Enumerable.Range(0, count).Select(_ => Generate(rng, catalog)).ToArray();
        var words = messages.Select(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).OrderBy(n => n).ToArray();
        var chars = messages.Select(m => m.Length).OrderBy(n => n).ToArray();
        Console.WriteLine($"messages: {count} generated (seed 42) from {Templates.Length} shop templates");
        Console.WriteLine($"  words  min {words[0]}  median {words[count / 2]}  mean {words.Average():F1}  max {words[^1]}");
        Console.WriteLine($"  chars  min {chars[0]}  median {chars[count / 2]}  mean {chars.Average():F1}  max {chars[^1]}");

        var reference = new DateTime(2024, 5, 15, 10, 0, 0);
        // start-up: the first message pays for building the patterns and the first JIT; the next ones still run
        // unoptimised code until tiered JIT has recompiled the hot methods (a host that wants fast first answers
        // should send a few hundred messages through the set after start)
        long s0 = Stopwatch.GetTimestamp();
        set.Recognize(messages[0], "en-us", reference);
        double firstMs = (Stopwatch.GetTimestamp() - s0) * 1e3 / Stopwatch.Frequency;
        s0 = Stopwatch.GetTimestamp();
        for (int k = 1; k <= 200; k++) set.Recognize(messages[k % count], "en-us", reference);
        double next200 = (Stopwatch.GetTimestamp() - s0) * 1e6 / Stopwatch.Frequency / 200;
        Console.WriteLine($"start-up: first message {firstMs:F0} ms, the next 200 {next200:F0} µs each");
        // warm-up over every message (regex automata grow their states lazily) and long enough for tiered JIT to
        // reach its optimised code: at least 3 passes and 4 seconds
        var warm = Stopwatch.StartNew();
        var unused = new long[set.Recognizers.Count() + 2];
        for (int pass = 0; pass < 3 || warm.Elapsed < TimeSpan.FromSeconds(4); pass++)
            foreach (var m in messages) { set.Recognize(m, "en-us", reference); set.Recognize(m, "en-us", reference, unused); }
        // the machine is shared: time short chunks of 100 messages, keep each chunk's best round (the one least
        // disturbed by other processes), and add the chunks up
        const int Chunk = 100;
        double total = 0, totalCpu = 0;
        for (int c = 0; c < count; c += Chunk)
        {
            int n = Math.Min(Chunk, count - c);
            double bestChunk = double.MaxValue, bestCpu = double.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                long cpu0 = ThreadCpuClock.Nanoseconds();
                long t0 = Stopwatch.GetTimestamp();
                for (int k = c; k < c + n; k++) set.Recognize(messages[k], "en-us", reference);
                bestChunk = Math.Min(bestChunk, Stopwatch.GetTimestamp() - t0);
                bestCpu = Math.Min(bestCpu, ThreadCpuClock.Nanoseconds() - cpu0);
            }
            total += bestChunk;
            totalCpu += bestCpu;
        }
        double perMessage = total * 1e6 / Stopwatch.Frequency / count;
        Console.WriteLine($"all recognizers, one thread: {perMessage:F1} µs per message (chunks of {Chunk}, best of {rounds} rounds each)   goal <= 20 µs   ({messages.Sum(m => set.Recognize(m, "en-us", reference).Count) / (double)count:F1} entities per message)");
        if (ThreadCpuClock.IsAvailable)
            Console.WriteLine($"  the same in thread CPU time (leaves out time other processes held the core): {totalCpu / 1000 / count:F1} µs per message");
        Console.WriteLine($"  example: \"{messages[0]}\"");
        // less flattering views: whole passes (garbage collection and other processes included), and one pass over
        // 2000 messages never seen before (regex automata still growing, cold caches)
        var passes = new double[Math.Max(3, rounds / 2)];
        for (int r = 0; r < passes.Length; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            foreach (var m in messages) set.Recognize(m, "en-us", reference);
            passes[r] = (Stopwatch.GetTimestamp() - t0) * 1e6 / Stopwatch.Frequency / count;
        }
        Array.Sort(passes);
        long bytes0 = GC.GetAllocatedBytesForCurrentThread();
        foreach (var m in messages) set.Recognize(m, "en-us", reference);
        double bytesPerMessage = (GC.GetAllocatedBytesForCurrentThread() - bytes0) / (double)count;
        var fresh = Enumerable.Range(0, 2000).Select(_ => Generate(rng, catalog)).ToArray();
        long f0 = Stopwatch.GetTimestamp();
        foreach (var m in fresh) set.Recognize(m, "en-us", reference);
        double freshUs = (Stopwatch.GetTimestamp() - f0) * 1e6 / Stopwatch.Frequency / fresh.Length;
        Console.WriteLine($"  whole passes: median {passes[passes.Length / 2]:F1} µs (range {passes[0]:F1}-{passes[^1]:F1} over {passes.Length} passes); first pass over 2000 unseen messages: {freshUs:F1} µs; {bytesPerMessage / 1024:F1} KB allocated per message");
        PrintBreakdown(set, messages, reference, rounds);
        PrintLongInputs(set, reference);

        if (Directory.Exists(specs))
        {
            Console.WriteLine($"spec pass rates ({specs}); the project owners hold back part of each file, which these recognizers never saw:");
            var floors = new Dictionary<string, double> { ["Number"] = 0.95, ["Ordinal"] = 0.95, ["Percent"] = 0.95, ["Email"] = 0.95, ["Currency"] = 0.90, ["PhoneNumber"] = 0.85, ["DateTime"] = 0.75 };
            foreach (var f in SpecRunner.CreateDefault().RunAll(specs))
                Console.WriteLine($"  {f.File,-12} {f.Passed,4}/{f.Cases,-4} {f.Rate,7:P1}   floor {floors[f.File]:P0}   anchor: the .NET Recognizers-Text pass their own specs (100%)");
        }
        else Console.WriteLine($"specs folder not found ({specs}): pass rates skipped");
        return Task.FromResult(0);
    }

    /// <summary>
    /// Time per stage inside the set, in the order it runs (so per-message caches behave as in production): the
    /// shared tokenization and number reading, each recognizer, then the overlap choice. Best round per stage.
    /// </summary>
    private static void PrintBreakdown(EntityRecognizerSet set, string[] messages, DateTime reference, int rounds)
    {
        var names = set.Recognizers.Select(r => r.Name).Prepend("shared tokens + numbers").Append("overlap choice").ToArray();
        const int Chunk = 100;
        var best = new double[names.Length];
        var ticks = new long[names.Length];
        var chunkBest = new long[names.Length];
        for (int c = 0; c < messages.Length; c += Chunk)
        {
            Array.Fill(chunkBest, long.MaxValue);
            for (int r = 0; r < rounds; r++)
            {
                Array.Clear(ticks);
                for (int k = c; k < Math.Min(messages.Length, c + Chunk); k++) set.Recognize(messages[k], "en-us", reference, ticks);
                for (int k = 0; k < names.Length; k++) chunkBest[k] = Math.Min(chunkBest[k], ticks[k]);
            }
            for (int k = 0; k < names.Length; k++) best[k] += chunkBest[k] * 1e6 / Stopwatch.Frequency / messages.Length;
        }
        Console.WriteLine($"  per stage, in run order (chunks of {Chunk}, best of {rounds} rounds each; sum {best.Sum():F1} µs includes ~{names.Length * 0.03:F1} µs of timer calls):");
        // allocations per stage: the same sequence by hand (the shared stage, then each recognizer on the same string)
        var bytes = new double[names.Length];
        var recognizers = set.Recognizers.Select(r => r.Recognizer).ToArray();
        foreach (var m in messages)
        {
            long b0 = GC.GetAllocatedBytesForCurrentThread();
            ShopBot.Skills.Nlu.Entities.Numbers.NumberParser.For(m, ShopBot.Skills.Nlu.Entities.Numbers.Tokenizer.Tokenize(m)).FindAll();
            long b1 = GC.GetAllocatedBytesForCurrentThread();
            bytes[0] += b1 - b0;
            for (int k = 0; k < recognizers.Length; k++)
            {
                recognizers[k].Recognize(m, "en-us", reference);
                long b2 = GC.GetAllocatedBytesForCurrentThread();
                bytes[k + 1] += b2 - b1;
                b1 = b2;
            }
        }
        for (int k = 0; k < names.Length; k++)
            Console.WriteLine($"    {names[k],-24} {best[k],6:F2} µs  {(k == names.Length - 1 ? "" : $"{bytes[k] / messages.Length,7:F0} bytes")}");
    }

    /// <summary>Linear time: one message of 20 shop sentences (about 1.7 KB) against one of 160 (about 13.6 KB, 8x).</summary>
    private static void PrintLongInputs(EntityRecognizerSet set, DateTime reference)
    {
        const string Sentence = "please send 3 mugs of blue to 5 Main St tomorrow, I paid $25.50 on order 100234. ";
        var small = string.Concat(Enumerable.Repeat(Sentence, 20));
        var large = string.Concat(Enumerable.Repeat(Sentence, 160));
        double Best(string text)
        {
            double best = double.MaxValue;
            for (int r = 0; r < 9; r++)
            {
                long t0 = Stopwatch.GetTimestamp();
                set.Recognize(text, "en-us", reference);
                best = Math.Min(best, (Stopwatch.GetTimestamp() - t0) * 1e3 / Stopwatch.Frequency);
            }
            return best;
        }
        double ts = Best(small), tl = Best(large);
        Console.WriteLine($"  long inputs: {small.Length / 1024.0:F1} KB {ts:F2} ms, {large.Length / 1024.0:F1} KB {tl:F2} ms ({tl / ts:F1}x the time for 8x the text; linear is 8x)");
    }

    internal static string Generate(Random rng, ICatalogTerms catalog)
    {
        string Pick(string[] a) => a[rng.Next(a.Length)];
        var t = Templates[rng.Next(Templates.Length)];
        return t.Replace("{order}", rng.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{qty}", rng.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{colour}", Pick(Colours), StringComparison.Ordinal)
            .Replace("{type}", Pick(Types), StringComparison.Ordinal)
            .Replace("{size}", Pick(Sizes), StringComparison.Ordinal)
            .Replace("{price}", rng.Next(5, 200).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{when}", Pick(Whens), StringComparison.Ordinal)
            .Replace("{date}", $"{rng.Next(1, 13)}/{rng.Next(1, 29)}/2024", StringComparison.Ordinal)
            .Replace("{time}", $"{rng.Next(1, 12)}pm", StringComparison.Ordinal)
            .Replace("{sku}", $"MUG-{rng.Next(100, 9999)}", StringComparison.Ordinal)
            .Replace("{pct}", rng.Next(5, 50).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{product}", catalog.Products[rng.Next(catalog.Products.Count)].Name.ToLowerInvariant(), StringComparison.Ordinal);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ShopBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
