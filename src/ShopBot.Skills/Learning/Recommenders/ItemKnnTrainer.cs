namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Precomputes the top-k most similar items of every item from a sparse interaction matrix.</summary>
public sealed class ItemKnnTrainer(ItemKnnOptions? options = null)
{
    private readonly ItemKnnOptions _options = options ?? new ItemKnnOptions();

    /// <summary>Computes the neighbour lists.</summary>
    public ItemKnnModel Fit(InteractionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        _options.Validate();
        var nItems = matrix.ItemCount;
        var adjusted = _options.Similarity != SimilarityKind.Cosine; // co-rated norms
        var centred = Centre(matrix, _options.Similarity);
        var csrCentred = centred.Csr;
        var cscCentred = centred.Csc;

        // Full column norms for plain cosine; per-pair co-rated norms for adjusted cosine.
        var norms = new double[nItems];
        for (var j = 0; j < nItems; j++)
        {
            double s = 0;
            for (var k = matrix.ColumnPointers[j]; k < matrix.ColumnPointers[j + 1]; k++) s += cscCentred[k] * cscCentred[k];
            norms[j] = Math.Sqrt(s);
        }

        var dot = new double[nItems];
        var sqI = new double[nItems];
        var sqJ = new double[nItems];
        var common = new int[nItems];
        var touched = new List<int>();
        var candidates = new double[nItems];
        var pick = new int[_options.Neighbours];
        var ptr = new int[nItems + 1];
        var nbr = new List<int>();
        var val = new List<double>();
        var rowPtr = matrix.RowPointers;
        var colIdx = matrix.ColumnIndices;
        var rowIdx = matrix.RowIndices;
        var colPtr = matrix.ColumnPointers;

        for (var i = 0; i < nItems; i++)
        {
            for (var a = colPtr[i]; a < colPtr[i + 1]; a++)
            {
                var user = rowIdx[a];
                var vi = cscCentred[a];
                for (var b = rowPtr[user]; b < rowPtr[user + 1]; b++)
                {
                    var j = colIdx[b];
                    if (j == i) continue;
                    if (common[j] == 0) touched.Add(j);
                    var vj = csrCentred[b];
                    dot[j] += vi * vj;
                    sqI[j] += vi * vi;
                    sqJ[j] += vj * vj;
                    common[j]++;
                }
            }

            // Rank candidates by similarity (by |s| when negatives are kept); store the signed value.
            for (var c = 0; c < touched.Count; c++)
            {
                var s = Sim(i, touched[c]);
                candidates[c] = s == 0 || (s < 0 && !_options.KeepNegative) ? double.NaN : Math.Abs(s);
            }
            var count = TopK.Select(candidates.AsSpan(0, touched.Count), pick);
            for (var p = 0; p < count; p++)
            {
                var j = touched[pick[p]];
                nbr.Add(j);
                val.Add(Sim(i, j));
            }
            ptr[i + 1] = nbr.Count;

            foreach (var j in touched)
            {
                dot[j] = sqI[j] = sqJ[j] = 0;
                common[j] = 0;
            }
            touched.Clear();
        }
        return new ItemKnnModel(matrix.Items, _options.Similarity, ptr, [.. nbr], [.. val]);

        double Sim(int i, int j)
        {
            if (common[j] < _options.MinCommonUsers) return 0;
            var denominator = adjusted ? Math.Sqrt(sqI[j] * sqJ[j]) : norms[i] * norms[j];
            if (denominator <= 0) return 0;
            var s = Math.Clamp(dot[j] / denominator, -1, 1);
            return _options.Shrinkage > 0 ? s * common[j] / (common[j] + _options.Shrinkage) : s;
        }
    }

    private (double[] Csr, double[] Csc) Centre(InteractionMatrix m, SimilarityKind kind)
    {
        var csr = m.Values.ToArray();
        var csc = m.ColumnValues.ToArray();
        if (kind == SimilarityKind.Cosine) return (csr, csc);
        var rows = m.RowIndices;
        var cols = m.ColumnIndices;
        if (kind == SimilarityKind.AdjustedCosine)
        {
            var means = m.UserMeans();
            for (var u = 0; u < m.UserCount; u++)
                for (var k = m.RowPointers[u]; k < m.RowPointers[u + 1]; k++) csr[k] -= means[u];
            for (var k = 0; k < csc.Length; k++) csc[k] -= means[rows[k]];
            return (csr, csc);
        }
        var b = new BaselineOnlyTrainer(_options.Baseline).Fit(m);
        for (var u = 0; u < m.UserCount; u++)
            for (var k = m.RowPointers[u]; k < m.RowPointers[u + 1]; k++) csr[k] -= b.GlobalMean + b.UserBiases[u] + b.ItemBiases[cols[k]];
        for (var i = 0; i < m.ItemCount; i++)
            for (var k = m.ColumnPointers[i]; k < m.ColumnPointers[i + 1]; k++) csc[k] -= b.GlobalMean + b.UserBiases[rows[k]] + b.ItemBiases[i];
        return (csr, csc);
    }
}
