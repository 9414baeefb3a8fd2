using ShopBot.Skills.Conversation;

namespace ShopBot.Skills.Skills.Dialogs;

/// <summary>
/// The conversation's running dialogs, innermost last, stored under the <c>dialog</c> state key (which the error
/// boundary clears, so a failing dialog cannot trap the user).
/// </summary>
public sealed class DialogStack(ConversationState state)
{
    /// <summary>The state key; equal to the key the error boundary resets.</summary>
    public const string StateKey = "dialog";

    private List<DialogFrame> Frames => state.Get<List<DialogFrame>>(StateKey) ?? [];

    public DialogFrame? Active => Frames.LastOrDefault();

    public int Depth => Frames.Count;

    public void Push(DialogFrame frame) => Save([.. Frames, frame]);

    /// <summary>Removes the active dialog; returns the one below it, now active, if any.</summary>
    public DialogFrame? Pop()
    {
        var frames = Frames;
        if (frames.Count == 0) return null;
        frames.RemoveAt(frames.Count - 1);
        Save(frames);
        return frames.LastOrDefault();
    }

    /// <summary>Writes back changes made to the active frame.</summary>
    public void Update(DialogFrame active)
    {
        var frames = Frames;
        if (frames.Count == 0) return;
        frames[^1] = active;
        Save(frames);
    }

    public void Clear() => state.Remove(StateKey);

    private void Save(List<DialogFrame> frames)
    {
        if (frames.Count == 0) state.Remove(StateKey);
        else state.Set(StateKey, frames);
    }
}
