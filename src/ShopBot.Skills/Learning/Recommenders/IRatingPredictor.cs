namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>A trained model that predicts the rating a user would give an item.</summary>
public interface IRatingPredictor
{
    /// <summary>Predicted rating; unknown users or items fall back to the parts the model knows (at least the global mean).</summary>
    double Predict(string userId, string itemId);
}
