using System.Collections.Concurrent;
using Dossier.Clauses;
using Dossier.Languages;

namespace Dossier.Quotes;

/// <summary>How a source phrase attributes a sentence.</summary>
public enum SourceKind
{
    /// <summary>"selon X", "d'après X", "according to X": X is the source of the sentence.</summary>
    Source,

    /// <summary>"Pour lui, …": the opinion of a person already named; only before a comma.</summary>
    Opinion,
}

/// <summary>The quote-sources.tsv lexicon of one language.</summary>
public static class QuoteSources
{
    private static readonly ConcurrentDictionary<string, PhraseLexicon<SourceKind>> Cache = new();

    public static PhraseLexicon<SourceKind> For(string language) =>
        Cache.GetOrAdd(language, code => new PhraseLexicon<SourceKind>(LanguageData.Rows(code, "quote-sources.tsv")
            .Select(row => (new PhrasePattern(string.Join(' ', FoldedWords.Of(row[0]))), Enum.Parse<SourceKind>(row[1], ignoreCase: true)))));
}
