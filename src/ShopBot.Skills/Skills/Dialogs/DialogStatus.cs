namespace ShopBot.Skills.Skills.Dialogs;

/// <summary>What a dialog step left behind.</summary>
public enum DialogStatus
{
    /// <summary>The dialog asked something and waits for the user's answer.</summary>
    Waiting,

    /// <summary>The dialog finished (done, refused or abandoned); it is removed from the stack.</summary>
    Complete,
}
