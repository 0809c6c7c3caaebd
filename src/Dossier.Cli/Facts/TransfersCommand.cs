using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Cli.Storage;
using Dossier.Store;

namespace Dossier.Cli.Facts;

/// <summary>`dossier transfers`: fused arms and materiel transfers with all their sources.</summary>
internal static class TransfersCommand
{
    public static Command Create()
    {
        var supplier = new Option<string?>("--supplier") { Description = "Only transfers from this entity id (PRK, …).", HelpName = "ID" };
        var recipient = new Option<string?>("--recipient") { Description = "Only transfers to this entity id.", HelpName = "ID" };
        var store = new StoreOptions();
        var command = new Command("transfers", "List transfers, each once with every article that reports it, the best sourced first.") { supplier, recipient };
        store.AddQueryOptionsTo(command);
        command.SetAction(parse => store.Answer(
            parse,
            s => s.Transfers(parse.GetValue(supplier), parse.GetValue(recipient)),
            StoreJsonContext.Readable.IReadOnlyListFact,
            facts => FactTable.Of(facts, $"{facts.Count} transfer(s)")));
        return command;
    }
}
