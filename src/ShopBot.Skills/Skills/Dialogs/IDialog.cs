using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills.Dialogs;

/// <summary>
/// A multi-turn skill. The router starts it for its intents, gives it the user's next messages while it waits, and
/// decides interruptions: <c>stop</c> cancels it, <c>help</c> and other questions are answered in between, after which
/// <see cref="ResumeAsync"/> asks again.
/// </summary>
public interface IDialog : ISkill
{
    /// <summary>Starts the dialog in <paramref name="frame"/> (already on the stack) for the current message.</summary>
    Task<DialogStatus> BeginAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken);

    /// <summary>Handles the user's answer to what the dialog is waiting for.</summary>
    Task<DialogStatus> ContinueAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken);

    /// <summary>
    /// True when the current message answers what <paramref name="frame"/> waits for (a slot value, yes/no), so it
    /// must not be taken as a new question even if its intent says otherwise.
    /// </summary>
    bool IsAnswer(ITurnContext turn, DialogFrame frame);

    /// <summary>Asks again for what the dialog waits for, after an interruption.</summary>
    Task ResumeAsync(ITurnContext turn, DialogFrame frame, CancellationToken cancellationToken);
}
