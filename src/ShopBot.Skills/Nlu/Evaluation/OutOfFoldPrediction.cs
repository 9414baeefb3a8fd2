namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>
/// One example scored by a model that never saw it (cross-validation): whether it is out of scope, whether the top
/// intent is right and whether the top intent is <c>out_of_scope</c>, and the top two calibrated probabilities.
/// </summary>
public readonly record struct OutOfFoldPrediction(bool ExpectedOutOfScope, bool TopCorrect, bool TopIsOutOfScope, double Top, double Second);
