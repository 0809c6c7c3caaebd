using System.CommandLine;
using Dossier.Store;

namespace Dossier.Cli.Storage;

/// <summary>The options every store command shares: which store to open.</summary>
internal sealed class StoreOptions
{
    public const string DefaultFile = "dossier.db";

    public Option<string> Db { get; } = new("--db")
    {
        Description = "The SQLite file of the store.",
        DefaultValueFactory = _ => DefaultFile,
        HelpName = "FILE",
    };

    public Option<string?> Store { get; } = CreateStore();

    public Option<bool> Json { get; } = new("--json") { Description = "Print the answer as JSON, for scripts." };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Store);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Db) is { Implicit: false } && result.GetResult(Store) is { Implicit: false })
            {
                result.AddError("--db and --store name two stores: give one.");
            }
        });
    }

    /// <summary>Adds the store options and --json to a query command.</summary>
    public void AddQueryOptionsTo(Command command)
    {
        AddTo(command);
        command.Options.Add(Json);
    }

    /// <summary>Opens the store, answers from it, and prints the answer as a table or as JSON.</summary>
    public int Answer<T>(ParseResult parse, Func<IArticleStore, T> ask, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, Func<T, Spectre.Console.Rendering.IRenderable> table) =>
        Guard(() =>
        {
            using var store = Opener(parse)();
            return Output.ResultPrinter.Print(ask(store), parse.GetValue(Json), type, table);
        });

    /// <summary>
    /// Opens the store and prints the one thing asked for by id, as a table or as JSON; when the
    /// store has no such thing, says so on stderr (<paramref name="missing"/> is given the store's
    /// location) and exits with <see cref="ExitCodes.NotFound"/>.
    /// </summary>
    public int AnswerOne<T>(ParseResult parse, Func<IArticleStore, T?> ask, Func<string, string> missing, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, Func<T, Spectre.Console.Rendering.IRenderable> table)
        where T : class =>
        Guard(() =>
        {
            using var store = Opener(parse)();
            if (ask(store) is not { } found)
            {
                Console.Error.WriteLine($"dossier: {missing(store.Location)}");
                return ExitCodes.NotFound;
            }

            return Output.ResultPrinter.Print(found, parse.GetValue(Json), type, table);
        });

    public Func<IArticleStore> Opener(ParseResult parse)
    {
        var file = parse.GetValue(Db) ?? DefaultFile;
        return parse.GetValue(Store) is { } location ? () => ArticleStore.Open(location) : () => ArticleStore.OpenSqlite(file);
    }

    private static Option<string?> CreateStore()
    {
        var option = new Option<string?>("--store")
        {
            Description = "The store as a URL: postgresql://user[:password]@host[:port]/database (instead of --db).",
            HelpName = "URL",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !Dossier.Store.Postgres.PostgresLocation.IsPostgres(value))
            {
                result.AddError($"--store must be a postgresql:// URL (got \"{value}\"); a SQLite file is given with --db.");
            }
        });
        return option;
    }

    /// <summary>Runs a command's work, turning a store that cannot be used into one clear line and its exit code.</summary>
    public static int Guard(Func<int> work)
    {
        try
        {
            return work();
        }
        catch (StoreException error)
        {
            Console.Error.WriteLine($"dossier: {error.Message}");
            return ExitCodes.StoreUnavailable;
        }
    }

    /// <summary>As <see cref="Guard"/>, for work that waits (a server).</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (StoreException error)
        {
            await Console.Error.WriteLineAsync($"dossier: {error.Message}");
            return ExitCodes.StoreUnavailable;
        }
    }
}
