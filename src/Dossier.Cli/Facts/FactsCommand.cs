using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Cli.Storage;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Facts;

/// <summary>`dossier facts`: facts stated by more than one article, or with --contradictions those whose sources disagree.</summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var contradictions = new Option<bool>("--contradictions") { Description = "Only facts whose sources disagree (a denial, different quantities)." };
        var store = new StoreOptions();
        var command = new Command("facts", "List the facts more than one article states, with their sources.") { contradictions };
        store.AddQueryOptionsTo(command);
        command.SetAction(parse => parse.GetValue(contradictions)
            ? store.Answer(parse, s => s.Contradictions(), StoreJsonContext.Readable.IReadOnlyListContradiction, Table)
            : store.Answer(parse, s => s.Facts(), StoreJsonContext.Readable.IReadOnlyListFact, facts => FactTable.Of(facts, $"{facts.Count} fact(s)")));
        return command;
    }

    private static Table Table(IReadOnlyList<Contradiction> contradictions)
    {
        var table = new Table().AddColumns("fact", "disagreement", "sources");
        foreach (var c in contradictions)
        {
            table.AddRow(ResultPrinter.Plain(c.Fact.Label), ResultPrinter.Plain(c.Reason), FactTable.Sources(c.Fact));
        }

        return table.Caption($"{contradictions.Count} contradiction(s)");
    }
}
