using Dossier.Store.Postgres;
using Npgsql;

namespace Dossier.Tests.Store;

/// <summary>
/// The real PostgreSQL server ./test.sh starts (tools/test-setup/postgresql.sh): each call makes
/// a fresh database on it. Under ./test.sh a missing server is a failure; a plain `dotnet test`
/// without one reports the PostgreSQL tests as skipped, never as passed.
/// </summary>
internal static class TestPostgres
{
    /// <summary>A new, empty database on the test server, as a postgresql:// URL.</summary>
    public static string NewDatabase()
    {
        var server = Environment.GetEnvironmentVariable("DOSSIER_TEST_POSTGRES");
        if (server is null)
        {
            if (Environment.GetEnvironmentVariable("DOSSIER_TEST_SUITE") == "1")
            {
                throw new InvalidOperationException("DOSSIER_TEST_POSTGRES is not set although ./test.sh runs the tests: tools/test-setup/postgresql.sh did not start PostgreSQL.");
            }

            Skip.If(true, "no PostgreSQL server: run ./test.sh, which starts one and sets DOSSIER_TEST_POSTGRES");
        }

        var name = $"dossier_test_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(PostgresLocation.Parse(server!).ConnectionString))
        {
            admin.Open();
            using var create = admin.CreateCommand();
#pragma warning disable CA2100 // The name is made here from a GUID.
            create.CommandText = $"CREATE DATABASE {name}";
#pragma warning restore CA2100
            create.ExecuteNonQuery();
        }

        return new UriBuilder(server!) { Path = "/" + name }.Uri.ToString();
    }

    /// <summary>Runs one statement on a test database, outside any store.</summary>
    public static void Execute(string database, string sql) => Run(database, sql, command => command.ExecuteNonQuery());

    /// <summary>The count (or other bigint) one query answers on a test database, outside any store.</summary>
    public static long Scalar(string database, string sql) => Run(database, sql, command => (long)command.ExecuteScalar()!);

    private static T Run<T>(string database, string sql, Func<NpgsqlCommand, T> run)
    {
        using var connection = new NpgsqlConnection(PostgresLocation.Parse(database).ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The tests' own statements.
        command.CommandText = sql;
#pragma warning restore CA2100
        return run(command);
    }
}
