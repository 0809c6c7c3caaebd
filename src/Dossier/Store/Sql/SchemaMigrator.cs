using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Dossier.Store.Sql;

/// <summary>
/// Applies a provider's SQL migration files in order. Each file is named <c>NNNN_what.sql</c>, is
/// embedded in the assembly, and runs once, in its own transaction with its row in schema_version,
/// so a store is always at a whole version. A few steps are code rather than SQL (filling a new
/// index from stored text), numbered in the same sequence and shared by every provider.
/// </summary>
internal sealed class SchemaMigrator(string provider)
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public IReadOnlyList<Migration> Migrations { get; } = [.. Load(provider).Concat(CodeMigrations.All).OrderBy(m => m.Version)];

    /// <summary>Brings the store up to the newest version. <paramref name="begin"/> opens a transaction that excludes other migrators.</summary>
    public void Apply(DbConnection connection, Func<DbTransaction> begin)
    {
        // In a transaction too: two processes opening a new store at once must not both create it.
        using (var create = begin())
        {
            connection.Execute(create, CreateVersionTable);
            create.Commit();
        }

        foreach (var migration in Migrations)
        {
            using var transaction = begin();
            // Checked inside the transaction: another process may have applied it since.
            var applied = connection.Scalar<long>(transaction, "SELECT COUNT(*) FROM schema_version WHERE version = @version", ("@version", migration.Version));
            if (applied > 0)
            {
                transaction.Rollback();
                continue;
            }

            migration.Run(connection, transaction);
            connection.Execute(
                transaction,
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                ("@version", migration.Version),
                ("@name", migration.Name),
                ("@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            transaction.Commit();
        }
    }

    private static List<Migration> Load(string provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"Dossier.Store.{provider}.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name[prefix.Length..^".sql".Length]))
            .ToList();
    }

    private static Migration Read(Assembly assembly, string resource, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var sql = reader.ReadToEnd();
        return new Migration(version, name, (connection, transaction) => connection.Execute(transaction, sql));
    }
}

/// <summary>One step of the schema: what it does to a store, inside the transaction that records it.</summary>
internal sealed record Migration(int Version, string Name, Action<DbConnection, DbTransaction> Run);
