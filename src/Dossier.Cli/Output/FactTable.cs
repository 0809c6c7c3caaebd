using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>Facts for people: one row per fact, its sources listed in the row.</summary>
internal static class FactTable
{
    public static Table Of(IReadOnlyList<Fact> facts, string caption)
    {
        var table = new Table().AddColumns("fact", "date", "independent", "sources");
        foreach (var fact in facts)
        {
            table.AddRow(
                ResultPrinter.Plain(fact.Label),
                ResultPrinter.Plain(fact.Date),
                ResultPrinter.Plain(fact.IndependentSources.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Sources(fact));
        }

        return table.Caption(caption);
    }

    public static Markup Sources(Fact fact) => ResultPrinter.Plain(string.Join(
        Environment.NewLine,
        fact.Sources.Select(s => string.Join(' ', new[] { s.Published, s.Source, s.Status, s.Quantity }.Where(p => p is not null)))));
}
