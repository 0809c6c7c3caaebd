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

    public void AddTo(Command command) => command.Options.Add(Db);

    public Func<IArticleStore> Opener(ParseResult parse)
    {
        var file = parse.GetValue(Db) ?? DefaultFile;
        return () => ArticleStore.OpenSqlite(file);
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
