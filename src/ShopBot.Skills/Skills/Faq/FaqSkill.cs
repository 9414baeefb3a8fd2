using Microsoft.Extensions.Options;
using ShopBot.Skills.Conversation;
using ShopBot.Skills.Data.Shop;
using ShopBot.Skills.Rendering;

namespace ShopBot.Skills.Skills.Faq;

/// <summary>
/// Answers the shop's policy and account questions from the <see cref="KnowledgeBase"/>: its intents are exactly those
/// the knowledge files answer. The answer's <c>${policy.*}</c> placeholders are filled from <see cref="ShopPolicyOptions"/>
/// and its suggestions become buttons. The wording around an answer lives in dialogs/responses/faq.lg: template
/// <c>FaqAnswer</c>, or <c>FaqAnswerWithLeadIn</c> when a lead-in template exists: <c>FaqLeadIn_&lt;intent&gt;_&lt;sentiment&gt;</c>
/// for the message's sentiment label (so praise, a positive <c>review</c>, is met with pleasure before the answer on
/// where reviews go), else <c>FaqLeadIn_&lt;intent&gt;</c>.
/// </summary>
public sealed class FaqSkill : ISkill
{
    /// <summary>The reply template; gets <c>answer</c> and <c>suggestions</c> ('|'-separated).</summary>
    public const string AnswerTemplate = "FaqAnswer";

    /// <summary>The reply template used when the intent has a lead-in; also gets <c>leadIn</c>.</summary>
    public const string AnswerWithLeadInTemplate = "FaqAnswerWithLeadIn";

    /// <summary>Prefix of the optional per-intent lead-in templates, e.g. <c>FaqLeadIn_check_refund_policy</c>.</summary>
    public const string LeadInTemplatePrefix = "FaqLeadIn_";

    private readonly KnowledgeBase _knowledge;
    private readonly IResponseRenderer _responses;
    private readonly IReadOnlyDictionary<string, string> _policyValues;

    /// <summary>Throws <see cref="InvalidOperationException"/> when the reply templates are missing.</summary>
    public FaqSkill(KnowledgeBase knowledge, IResponseRenderer responses, IOptions<ShopPolicyOptions> policy)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        _responses = responses ?? throw new ArgumentNullException(nameof(responses));
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var template in new[] { AnswerTemplate, AnswerWithLeadInTemplate })
        {
            if (!responses.Has(template)) throw new InvalidOperationException($"The FAQ skill needs response template '{template}' (dialogs/responses/faq.lg).");
        }

        _policyValues = PolicyPlaceholders.Values(policy.Value);
    }

    public string Name => "faq";

    public IReadOnlyCollection<string> Intents => _knowledge.Intents;

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var intent = turn.Recognized?.Intent.Name ?? throw new InvalidOperationException("FaqSkill needs a recognised intent.");
        var entry = _knowledge.Find(intent) ?? throw new InvalidOperationException($"The knowledge base has no answer for intent '{intent}'.");
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["intent"] = intent,
            ["answer"] = PolicyPlaceholders.Fill(entry.Answer, _policyValues),
            ["suggestions"] = string.Join(" | ", entry.Suggestions.Select(s => PolicyPlaceholders.Fill(s, _policyValues))),
        };
        var sentimentLeadIn = turn.Recognized?.Sentiment is { Label: { Length: > 0 } label } ? $"{LeadInTemplatePrefix}{intent}_{label}" : null;
        var leadIn = sentimentLeadIn is not null && _responses.Has(sentimentLeadIn) ? sentimentLeadIn : LeadInTemplatePrefix + intent;
        var template = AnswerTemplate;
        if (_responses.Has(leadIn))
        {
            data["leadIn"] = _responses.Render(leadIn, data);
            template = AnswerWithLeadInTemplate;
        }

        return turn.ReplyAsync(_responses, template, data, cancellationToken);
    }
}
