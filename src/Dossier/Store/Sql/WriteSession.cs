using System.Data.Common;
using System.Globalization;

namespace Dossier.Store.Sql;

/// <summary>
/// The statements a store writes with, each prepared once and run again with new values: a
/// store writes the same few dozen statements for every article, and parsing them again each time
/// cost as much as running them. Lives as long as its store's connection; <see cref="Begin"/> binds
/// it to each transaction.
/// </summary>
internal sealed class WriteSession(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private DbTransaction? transaction;

    public DbConnection Connection => connection;

    /// <summary>Binds every statement to <paramref name="next"/>; null between transactions, for lookups that write nothing.</summary>
    public void Begin(DbTransaction? next)
    {
        transaction = next;
        foreach (var command in commands.Values)
        {
            command.Transaction = next;
        }
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters) => Prepared(sql, parameters).ExecuteNonQuery();

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var value = Prepared(sql, parameters).ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var reader = Prepared(sql, parameters).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }

    private DbCommand Prepared(string sql, (string Name, object? Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            // Not Prepare(): SQLite prepares a command on its first run and keeps it, and PostgreSQL
            // connections prepare their frequent statements themselves (Max Auto Prepare).
            command = connection.Command(transaction, sql, parameters);
            commands[sql] = command;
            return command;
        }

        // The same text always comes with the same names in the same order.
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }
}
