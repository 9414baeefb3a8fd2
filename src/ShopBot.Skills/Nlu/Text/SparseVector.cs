namespace ShopBot.Skills.Nlu.Text;

/// <summary>A sparse feature vector: column indices in ascending order with their values.</summary>
public sealed record SparseVector(int[] Indices, float[] Values)
{
    /// <summary>The number of stored (non-zero) entries.</summary>
    public int Count => Indices.Length;
}
