using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ShopBot.Tests.Conversations;

/// <summary>A conversation test from dialogs/conversations/*.yml (format in that folder's README).</summary>
public sealed class ConversationScript
{
    public string Name { get; set; } = string.Empty;

    /// <summary>True when the script reads or changes shop data: it then starts on a freshly seeded demo shop.</summary>
    public bool Shop { get; set; }

    /// <summary>
    /// The user id the channel vouches for (a trusted Direct Line user id): <c>dl_customer_1</c> is a signed-in customer,
    /// <see cref="ScriptStaffUser"/> is staff (the test host lists it in <c>ShopBot:Staff:DirectLineUserIds</c>).
    /// Default none: an anonymous shopper.
    /// </summary>
    public string? TrustedUser { get; set; }

    /// <summary>The channel id of the user's activities. Default <c>test</c>; <c>directline</c> for what Web Chat shows (inline SVG charts).</summary>
    public string Channel { get; set; } = "test";

    /// <summary>The staff member's trusted user id in scripts.</summary>
    public const string ScriptStaffUser = "dl_staff_scripts";

    public List<ScriptStep> Steps { get; set; } = [];

    public static ConversationScript Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var script = deserializer.Deserialize<ConversationScript>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} is empty.");
        if (script.Steps.Count == 0) throw new InvalidDataException($"{path} has no steps.");
        for (var i = 0; i < script.Steps.Count; i++)
        {
            var step = script.Steps[i];
            if (step.Join == (step.User is not null)) throw new InvalidDataException($"{path}, step {i + 1}: give either 'user' or 'join: true'.");
        }

        return script;
    }
}

public sealed class ScriptStep
{
    public string? User { get; set; }

    public bool Join { get; set; }

    public string? Intent { get; set; }

    public List<ScriptExpectation> Expect { get; set; } = [];

    /// <summary>Optional: the order as it must be in the database after this step.</summary>
    public OrderExpectation? ThenOrder { get; set; }
}

public sealed class OrderExpectation
{
    public int Number { get; set; }

    /// <summary>Order status in lower case (<c>cancelled</c>, <c>shipped</c>...).</summary>
    public string? Status { get; set; }

    /// <summary>How many returns the order has.</summary>
    public int? Returns { get; set; }

    /// <summary>The shipping postcode.</summary>
    public string? Postcode { get; set; }
}

public sealed class ScriptExpectation
{
    /// <summary>A string or a list of strings; all must appear in the message.</summary>
    public object? TextContains { get; set; }

    public string? TextMatches { get; set; }

    public List<string>? Suggestions { get; set; }

    /// <summary>Content types of attachments the message must carry (a subset), e.g. <c>image/svg+xml</c>.</summary>
    public List<string>? Attachments { get; set; }

    /// <summary>True: the message must carry no attachments.</summary>
    public bool NoAttachments { get; set; }

    public IEnumerable<string> ContainsAll => TextContains switch
    {
        null => [],
        string s => [s],
        IEnumerable<object> list => list.Select(o => o.ToString() ?? string.Empty),
        _ => [TextContains.ToString() ?? string.Empty],
    };
}
