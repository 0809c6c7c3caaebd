using System.Data.Common;
using System.Globalization;
using System.Numerics;

namespace Dossier.Store.Sql;

/// <summary>
/// The statements a store writes with, each prepared once and run again with new values: a
/// store writes the same few dozen statements for every article, and parsing them again each time
/// cost as much as running them. Lives as long as its store's connection; <see cref="Begin"/> binds
/// it to each transaction.
/// </summary>
/// <remarks>
/// On a server each statement is a round trip, and placing an article writes more than a hundred
/// rows. A connection that can send a batch of statements (<see cref="DbConnection.CanCreateBatch"/>)
/// therefore holds back the writes whose result nobody reads and sends them in the same round trip
/// as the next read, so every read still sees every earlier write. SQLite runs in-process: it runs
/// each write at once.
/// </remarks>
internal sealed class WriteSession(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Insert, string After, int Rows), string> rowsSql = [];
    private DbBatch? held;
    private readonly bool batches = connection.CanCreateBatch;
    private DbTransaction? transaction;

    public DbConnection Connection => connection;

    /// <summary>Binds every statement to <paramref name="next"/>; null between transactions, for lookups that write nothing.</summary>
    public void Begin(DbTransaction? next)
    {
        if (!ReferenceEquals(next, transaction))
        {
            // Writes still held for a transaction that failed midway went with its rollback.
            Drop();
        }

        transaction = next;
        foreach (var command in commands.Values)
        {
            command.Transaction = next;
        }
    }

    /// <summary>
    /// A write whose result nobody reads. It may run later, with the next read or <see cref="Flush"/>,
    /// so its error may surface there: call <see cref="Flush"/> before committing.
    /// </summary>
    public void Write(string sql, params (string Name, object? Value)[] parameters)
    {
        if (batches)
        {
            held ??= connection.CreateBatch();
            Add(held, sql, parameters);
        }
        else
        {
            Prepared(sql, parameters).ExecuteNonQuery();
        }
    }

    /// <summary>The most rows one statement of <see cref="WriteRows"/> carries.</summary>
    private const int RowsPerStatement = 32;

    /// <summary>
    /// Writes rows into one table in a few statements of many rows rather than a statement each:
    /// running a statement costs the server (and the client) as much as writing a few rows. <paramref name="insert"/>
    /// is the statement up to VALUES and <paramref name="after"/> what follows the rows (ON CONFLICT…).
    /// Every row has one value per column of <paramref name="insert"/>; they go in this order. An
    /// upsert's rows must have distinct keys: PostgreSQL updates a row only once per statement.
    /// </summary>
    public void WriteRows(string insert, string after, IReadOnlyList<object?[]> rows)
    {
        // Statements of 32, 16, 8… rows: a few texts per table, so each is prepared once and reused.
        // SQLite runs statements in-process: there a row per statement measured 10-15 % faster.
        var most = batches ? RowsPerStatement : 1;
        for (var done = 0; done < rows.Count;)
        {
            var size = Math.Min(most, (int)BitOperations.RoundUpToPowerOf2((uint)(rows.Count - done + 1)) / 2);
            var parameters = new (string Name, object? Value)[size * rows[done].Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i] = ($"@v{i}", rows[done + (i / rows[done].Length)][i % rows[done].Length]);
            }

            Write(RowsSql(insert, after, size, rows[done].Length), parameters);
            done += size;
        }
    }

    private string RowsSql(string insert, string after, int rows, int columns)
    {
        var key = (insert, after, rows);
        if (!rowsSql.TryGetValue(key, out var sql))
        {
            var values = Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", Enumerable.Range(r * columns, columns).Select(i => $"@v{i}"))})");
            sql = $"{insert} VALUES {string.Join(", ", values)} {after}";
            rowsSql[key] = sql;
        }

        return sql;
    }

    /// <summary>Runs the writes held back, in one round trip.</summary>
    public void Flush()
    {
        if (TakeHeld() is { } batch)
        {
            using (batch)
            {
                batch.ExecuteNonQuery();
            }
        }
    }

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var value = Query(sql, row => row.GetValue(0), parameters) is [var first, ..] ? first : null;
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        if (TakeHeld() is not { } batch)
        {
            using var reader = Prepared(sql, parameters).ExecuteReader();
            return ReadAll(reader, read);
        }

        using var sent = batch;
        Add(batch, sql, parameters);
        using var rows = batch.ExecuteReader();
        // The held writes return no rows: the read's are the first result with columns.
        while (rows.FieldCount == 0 && rows.NextResult())
        {
        }

        return ReadAll(rows, read);
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
        Drop();
    }

    private static List<T> ReadAll<T>(DbDataReader reader, Func<DbDataReader, T> read)
    {
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The held writes, no longer held: if they fail, they fail with the batch.</summary>
    private DbBatch? TakeHeld()
    {
        var batch = held;
        held = null;
        if (batch is not null)
        {
            batch.Transaction = transaction;
        }

        return batch;
    }

    private void Drop()
    {
        held?.Dispose();
        held = null;
    }

    private static void Add(DbBatch batch, string sql, (string Name, object? Value)[] parameters)
    {
        var command = batch.CreateBatchCommand();
#pragma warning disable CA2100 // The SQL is one of the store's constants; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Parameters.AddAll(command.CreateParameter, parameters);
        batch.BatchCommands.Add(command);
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
