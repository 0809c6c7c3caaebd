using System.Collections.Concurrent;
using Dossier.Articles;
using Dossier.Clauses;
using Dossier.Entities;
using Dossier.Languages;
using Dossier.Quotes;
using Dossier.Tokens;

namespace Dossier.Claims;

/// <summary>
/// The claim status of what an article says at a point of its text, shared by the event and
/// transfer steps. The clause around the point is read for hedges and modalities
/// (claim-cues.tsv: "si", "pourrait", "aurait livré", "ont nié", "cherche à obtenir",
/// "allegedly"); without one, words carried by someone else's quote or source phrase are
/// reported (alleged when the reporting verb accuses, denied when it denies), and the rest is
/// asserted by the outlet.
/// </summary>
public static class ClaimStatusClassifier
{
    // When several cues meet in one clause, the stronger modality wins: "si la Russie
    // cherchait à obtenir" is hypothetical before it is sought.
    private static readonly ClaimStatus[] Precedence =
        [ClaimStatus.Hypothetical, ClaimStatus.Denied, ClaimStatus.Sought, ClaimStatus.Planned, ClaimStatus.Alleged];

    private static readonly ConcurrentDictionary<string, PhraseLexicon<ClaimStatus>> Cues = new();

    /// <summary>The status of the claim at <paramref name="focus"/> (a trigger, a cue).</summary>
    /// <param name="isActor">True for the entity the claim is about acting; its own statements about itself stay asserted.</param>
    public static ClaimStatus Classify(Article article, TextSpan focus, Func<Entity, bool>? isActor = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var words = ClauseWords(article, focus);
        var found = RuleLanguages.Of(article)
            .SelectMany(language => CuesOf(language).FoundIn(words))
            .ToHashSet();
        foreach (var status in Precedence)
        {
            if (found.Contains(status))
            {
                return status;
            }
        }

        var carrier = article.TryGet<QuoteLayer>()?.Quotes
            .Where(q => q.Speaker is not null && q.Span.Contains(focus) && !(isActor?.Invoke(q.Speaker) ?? false))
            .MinBy(q => q.Span.Length);
        return carrier?.Stance switch
        {
            null => ClaimStatus.Asserted,
            Stance.Deny => ClaimStatus.Denied,
            Stance.Accuse => ClaimStatus.Alleged,
            _ => ClaimStatus.Reported,
        };
    }

    private static PhraseLexicon<ClaimStatus> CuesOf(string language) =>
        Cues.GetOrAdd(language, code => Lexicon.Load(code, "claim-cues.tsv", row => Enum.Parse<ClaimStatus>(row[1], ignoreCase: true)));

    /// <summary>
    /// The folded words of the clause holding <paramref name="focus"/>: from the punctuation
    /// before it to the punctuation after it, within its sentence. "Si la Corée du Nord
    /// maintient ce rythme, elle deviendra un fournisseur" keeps the "si" to the first clause.
    /// </summary>
    private static List<string> ClauseWords(Article article, TextSpan focus)
    {
        var tokens = article.Get<TokenLayer>();
        var all = tokens.Tokens;
        var index = 0;
        while (index < all.Count && all[index].Span.End <= focus.Start)
        {
            index++;
        }

        if (index == all.Count)
        {
            return [];
        }

        var at = all[index];
        var sentence = all.Where(t => t.Sentence == at.Sentence).ToList();
        var first = sentence.FindIndex(t => t.Span.Start >= at.Span.Start);
        var last = sentence.FindLastIndex(t => t.Span.Start < focus.End);
        last = Math.Max(first, last);
        while (first > 0 && !IsClauseMark(article.Slice(sentence[first - 1].Span)))
        {
            first--;
        }

        while (last < sentence.Count - 1 && !IsClauseMark(article.Slice(sentence[last + 1].Span)))
        {
            last++;
        }

        return FoldedWords.Of(article.Text, sentence.Skip(first).Take(last - first + 1).Select(t => t.Span)).Words;
    }

    private static bool IsClauseMark(string token) => token is "," or ";" or ":" or "–" or "—" or "(" or ")";
}
