using System.Globalization;
using System.Text.Json;

namespace ShopBot.Skills.Nlu.Entities.Specs;

/// <summary>
/// Runs the Microsoft.Recognizers.Text English test specs (JSON files of cases with Input, Results, optional
/// Context.ReferenceDateTime) against ShopBot's recognizers. Cases whose NotSupported or NotSupportedByDesign names
/// <c>dotnet</c> are skipped, as the .NET library skips them. A case passes when the recognizer returns exactly the
/// expected entities: same Text (case-insensitive: the specs lower-case DateTime and unit text), Start, End,
/// TypeName and resolution values (numbers compared as numbers, so "1.20" equals "1.2"; a phone's heuristic
/// <c>score</c> is not compared).
/// </summary>
public sealed class SpecRunner
{
    /// <summary>The reference time the specs assume when a case has no Context (the date most DateTime cases use).</summary>
    public static readonly DateTime DefaultReferenceTime = new(2016, 11, 7, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The spec files this runner knows, relative to the specs folder, with the recognizer each one tests.</summary>
    public static readonly IReadOnlyList<(string RelativePath, string Name)> KnownFiles =
    [
        ("Number/English/NumberModel.json", "Number"),
        ("Number/English/OrdinalModel.json", "Ordinal"),
        ("Number/English/PercentModel.json", "Percent"),
        ("NumberWithUnit/English/CurrencyModel.json", "Currency"),
        ("Sequence/English/EmailModel.json", "Email"),
        ("Sequence/English/PhoneNumberModel.json", "PhoneNumber"),
        ("DateTime/English/DateTimeModel.json", "DateTime"),
    ];

    private static readonly HashSet<string> IgnoredResolutionKeys = new(StringComparer.OrdinalIgnoreCase) { "score" };

    private readonly Func<string, IEntityRecognizer?> _recognizerFor;

    /// <summary>Creates a runner; <paramref name="recognizerFor"/> maps a spec name (Number, Ordinal...) to the recognizer to test.</summary>
    public SpecRunner(Func<string, IEntityRecognizer?> recognizerFor)
    {
        ArgumentNullException.ThrowIfNull(recognizerFor);
        _recognizerFor = recognizerFor;
    }

    /// <summary>A runner over ShopBot's own English recognizers.</summary>
    public static SpecRunner CreateDefault() => new(SpecRecognizers.For);

    /// <summary>Runs every known spec file found under <paramref name="specsDir"/>; files that are missing are left out.</summary>
    public IReadOnlyList<SpecFileResult> RunAll(string specsDir)
    {
        if (!Directory.Exists(specsDir))
            throw new ArgumentException($"specs folder '{specsDir}' does not exist", nameof(specsDir));
        var results = new List<SpecFileResult>();
        foreach (var (rel, name) in KnownFiles)
        {
            var path = Path.Combine(specsDir, rel);
            if (File.Exists(path)) results.Add(RunFile(path, name));
        }
        return results;
    }

    /// <summary>Runs one spec file with the recognizer named <paramref name="name"/>.</summary>
    public SpecFileResult RunFile(string path, string name)
    {
        var recognizer = _recognizerFor(name) ?? throw new ArgumentException($"no recognizer for spec '{name}'", nameof(name));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        int cases = 0, passed = 0;
        var failures = new List<SpecFailure>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            if (IsSkipped(c)) continue;
            cases++;
            var failure = Check(recognizer, c);
            if (failure is null) passed++;
            else failures.Add(failure);
        }
        return new SpecFileResult(name, cases, passed, failures);
    }

    private static bool IsSkipped(JsonElement c)
    {
        foreach (var key in (string[])["NotSupported", "NotSupportedByDesign"])
            if (c.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String
                && v.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static SpecFailure? Check(IEntityRecognizer recognizer, JsonElement c)
    {
        var input = c.GetProperty("Input").GetString() ?? "";
        var reference = DefaultReferenceTime;
        if (c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rt)
            && DateTime.TryParse(rt.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            reference = parsed;

        IReadOnlyList<EntityMatch> actual;
        try
        {
            actual = recognizer.Recognize(input, "en-us", reference);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return new SpecFailure(input, c.GetProperty("Results").GetRawText(), "", "exception: " + ex.Message);
        }
        var expected = c.TryGetProperty("Results", out var r) ? r.EnumerateArray().ToList() : [];
        var sortedActual = actual.OrderBy(a => a.Start).ToList();
        expected = expected.Select((e, k) => (e, k)).OrderBy(x => GetInt(x.e, "Start")).ThenBy(x => x.k).Select(x => x.e).ToList();
        string? reason = null;
        if (expected.Count != sortedActual.Count) reason = $"expected {expected.Count} entities, found {sortedActual.Count}";
        else
        {
            for (int i = 0; i < expected.Count && reason is null; i++)
                reason = Compare(expected[i], sortedActual[i]);
        }
        if (reason is null) return null;
        return new SpecFailure(input, r.GetRawText(), JsonSerializer.Serialize(sortedActual), reason);
    }

    private static int GetInt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : -1;

    private static string? Compare(JsonElement expected, EntityMatch actual)
    {
        var text = Get(expected, "Text")?.GetString() ?? "";
        if (!string.Equals(text, actual.Text, StringComparison.OrdinalIgnoreCase)) return $"text '{actual.Text}' != '{text}'";
        if (Get(expected, "Start") is not null && (GetInt(expected, "Start") != actual.Start || GetInt(expected, "End") != actual.End))
            return $"span {actual.Start}-{actual.End} != {GetInt(expected, "Start")}-{GetInt(expected, "End")} for '{text}'";
        var type = Get(expected, "TypeName")?.GetString();
        if (type is not null && !string.Equals(type, actual.TypeName, StringComparison.Ordinal))
            return $"type {actual.TypeName} != {type} for '{text}'";
        if (Get(expected, "Resolution") is { } res && res.ValueKind == JsonValueKind.Object)
        {
            var actualJson = JsonSerializer.SerializeToElement(actual.Resolution);
            if (!ValueEquals(res, actualJson, topLevel: true)) return $"resolution {actualJson.GetRawText()} != {res.GetRawText()} for '{text}'";
        }
        return null;
    }

    private static JsonElement? Get(JsonElement e, string name)
    {
        foreach (var p in e.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    /// <summary>Expected keys must be present and equal in the actual value; numbers as strings compare numerically.</summary>
    internal static bool ValueEquals(JsonElement expected, JsonElement actual, bool topLevel = false)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object) return false;
                foreach (var p in expected.EnumerateObject())
                {
                    if (topLevel && IgnoredResolutionKeys.Contains(p.Name)) continue;
                    var a = Get(actual, p.Name);
                    if (a is null)
                    {
                        if (p.Value.ValueKind == JsonValueKind.Null) continue;
                        return false;
                    }
                    if (!ValueEquals(p.Value, a.Value)) return false;
                }
                return true;
            case JsonValueKind.Array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != expected.GetArrayLength()) return false;
                using (var ea = expected.EnumerateArray().GetEnumerator())
                using (var aa = actual.EnumerateArray().GetEnumerator())
                    while (ea.MoveNext() && aa.MoveNext())
                        if (!ValueEquals(ea.Current, aa.Current)) return false;
                return true;
            case JsonValueKind.Null:
                return actual.ValueKind == JsonValueKind.Null;
            default:
                return ScalarEquals(Scalar(expected), Scalar(actual));
        }
    }

    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static bool ScalarEquals(string? expected, string? actual)
    {
        if (expected is null || actual is null) return expected == actual;
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return true;
        if (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            return x == y || Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y));
        return false;
    }
}
