namespace ShopBot.Skills.Data.Sqlite;

/// <summary>One schema step of a module: applied once, in version order, inside a transaction.</summary>
/// <param name="Version">1, 2, 3... within the module; never renumber or edit an applied migration, add a new one.</param>
/// <param name="Description">What the step does, recorded in <c>schema_migrations</c>.</param>
/// <param name="Sql">The DDL/DML to run.</param>
public sealed record Migration(int Version, string Description, string Sql);
