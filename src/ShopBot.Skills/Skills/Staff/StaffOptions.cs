namespace ShopBot.Skills.Skills.Staff;

/// <summary>
/// Who is staff (merchants, support), section <c>ShopBot:Staff</c>. Staff see forecasts, costs, margins and price
/// recommendations; shoppers never do. Defaults: nobody.
/// </summary>
public sealed class StaffOptions
{
    public const string SectionName = "ShopBot:Staff";

    /// <summary>Trusted Direct Line user ids (issued by the shop's server with the secret), e.g. <c>dl_staff_dana</c>.</summary>
    public List<string> DirectLineUserIds { get; set; } = [];

    /// <summary>Microsoft Teams (Entra ID) object ids of staff, matched against <c>from.aadObjectId</c> on Teams.</summary>
    public List<string> TeamsAadObjectIds { get; set; } = [];

    /// <summary>Slack user ids of staff, matched on the Slack channel.</summary>
    public List<string> SlackUserIds { get; set; } = [];
}
