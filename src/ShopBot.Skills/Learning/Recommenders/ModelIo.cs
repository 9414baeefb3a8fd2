namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>Binary helpers shared by the models' Save/Load.</summary>
internal static class ModelIo
{
    public static void WriteHeader(BinaryWriter w, string magic, int version)
    {
        w.Write(magic);
        w.Write(version);
    }

    public static void ReadHeader(BinaryReader r, string magic, int version)
    {
        var m = r.ReadString();
        var v = r.ReadInt32();
        if (m != magic || v != version) throw new InvalidDataException($"not a {magic} v{version} model (found '{m}' v{v})");
    }

    public static void WriteIds(BinaryWriter w, IdMap ids)
    {
        w.Write(ids.Count);
        foreach (var id in ids.Ids) w.Write(id);
    }

    public static IdMap ReadIds(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException("negative id count");
        var ids = new string[n];
        for (var k = 0; k < n; k++) ids[k] = r.ReadString();
        return IdMap.From(ids);
    }

    public static void WriteArray(BinaryWriter w, double[] values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    public static double[] ReadArray(BinaryReader r, int expectedLength)
    {
        var n = r.ReadInt32();
        if (n != expectedLength) throw new InvalidDataException($"array length {n}, expected {expectedLength}");
        var values = new double[n];
        for (var k = 0; k < n; k++) values[k] = r.ReadDouble();
        return values;
    }
}
