using Npgsql;

namespace Dossier.Store.Postgres;

/// <summary>
/// Reads where a PostgreSQL store is: a postgresql:// URL (what users type and tools print) or an
/// Npgsql connection string, and names it in messages without its password.
/// </summary>
public static class PostgresLocation
{
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    public static NpgsqlConnectionStringBuilder Parse(string location)
    {
        if (!IsPostgres(location))
        {
            return new NpgsqlConnectionStringBuilder(location);
        }

        var uri = new Uri(location);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            builder[Uri.UnescapeDataString(key)] = Uri.UnescapeDataString(value);
        }

        return builder;
    }

    /// <summary>host:port/database, the way errors name the store.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) => $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
}
