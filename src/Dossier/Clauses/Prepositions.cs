using Dossier.Languages;

namespace Dossier.Clauses;

/// <summary>The <c>prepositions.tsv</c> list of one language, by the role they give.</summary>
public sealed record Prepositions(IReadOnlySet<string> To, IReadOnlySet<string> From, IReadOnlySet<string> By)
{
    public static Prepositions For(string language)
    {
        var rows = LanguageData.Rows(language, "prepositions.tsv");
        IReadOnlySet<string> Of(string role) => rows.Where(r => r[1] == role).Select(r => WordForm.Fold(r[0])).ToHashSet();
        return new Prepositions(Of("to"), Of("from"), Of("by"));
    }
}
