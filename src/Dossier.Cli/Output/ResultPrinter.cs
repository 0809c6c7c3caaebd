using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dossier.Cli.Output;

/// <summary>How a query command prints its answer: a table for people, JSON for scripts (`--json`).</summary>
internal static class ResultPrinter
{
    public static int Print<T>(T value, bool json, JsonTypeInfo<T> type, Func<T, IRenderable> table)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(value, type));
        }
        else
        {
            AnsiConsole.Write(table(value));
        }

        return ExitCodes.Success;
    }

    /// <summary>Escapes text taken from articles so that a "[" in it is not read as markup.</summary>
    public static Markup Plain(string? text) => new(Markup.Escape(text ?? ""));
}
