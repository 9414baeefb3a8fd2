using System.Globalization;
using System.Reflection;
using System.Text;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Skills.Skills.Faq;

/// <summary>
/// The <c>${policy.name}</c> placeholders a knowledge answer may use: one per public property of
/// <see cref="ShopPolicyOptions"/>, in camelCase (<c>${policy.returnWindowDays}</c>), so the answer follows configuration.
/// </summary>
public static class PolicyPlaceholders
{
    /// <summary>The prefix of every placeholder name.</summary>
    public const string Prefix = "policy.";

    private static readonly PropertyInfo[] Properties = typeof(ShopPolicyOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Every placeholder name, e.g. <c>policy.returnWindowDays</c>.</summary>
    public static IReadOnlySet<string> Names { get; } = Properties.Select(NameOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>The value of every placeholder under <paramref name="options"/>, formatted for a sentence (5, 2.5, 30).</summary>
    public static IReadOnlyDictionary<string, string> Values(ShopPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Properties.ToDictionary(NameOf, p => Format(p.GetValue(options)), StringComparer.Ordinal);
    }

    /// <summary>
    /// Replaces every <c>${name}</c> of <paramref name="text"/> by its value. Throws <see cref="ArgumentException"/> for a
    /// placeholder without a value or without its closing brace (the knowledge loader rejects both before this runs).
    /// </summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        var output = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0)
            {
                output.Append(text, i, text.Length - i);
                break;
            }

            output.Append(text, i, start - i);
            var end = text.IndexOf('}', start + 2);
            if (end < 0) throw new ArgumentException($"'${{' without a closing '}}' in \"{text}\".", nameof(text));
            var name = text[(start + 2)..end].Trim();
            if (!values.TryGetValue(name, out var value)) throw new ArgumentException($"No value for placeholder '${{{name}}}'.", nameof(values));
            output.Append(value);
            i = end + 1;
        }

        return output.ToString();
    }

    /// <summary>
    /// The placeholder names used in <paramref name="text"/>, in order; <c>null</c> names mark a <c>${</c> without its
    /// closing brace (the scan stops there).
    /// </summary>
    internal static IEnumerable<string?> Find(string text)
    {
        var i = 0;
        while (true)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0) yield break;
            var end = text.IndexOf('}', start + 2);
            if (end < 0)
            {
                yield return null;
                yield break;
            }

            yield return text[(start + 2)..end].Trim();
            i = end + 1;
        }
    }

    private static string NameOf(PropertyInfo p) => Prefix + char.ToLowerInvariant(p.Name[0]) + p.Name[1..];

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
