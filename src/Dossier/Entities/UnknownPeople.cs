using Dossier.Articles;
using Dossier.Clauses;
using Dossier.Knowledge;
using Dossier.Languages;

namespace Dossier.Entities;

/// <summary>
/// People the knowledge base does not know, found by the title before their name ("le ministre
/// de la Défense, Jean Dupont", "spokesman John Smith"), given a <c>local:</c> id made from the
/// name so the same person gets the same id in every article; later mentions of the surname
/// alone refer back to them.
/// </summary>
internal sealed class UnknownPeople
{
    private const int TitleReach = 5;
    private readonly HashSet<string> _titles = LanguageData.Supported.SelectMany(code => LanguageData.Words(code, "person-titles.tsv")).ToHashSet();

    public IEnumerable<(KnowledgeEntry Entry, TextSpan Span)> Find(Article article, IReadOnlyList<SentenceView> sentences, IReadOnlyList<TextSpan> known)
    {
        var people = new List<(KnowledgeEntry Entry, TextSpan Span, string Surname)>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                if (_titles.Contains(sentence.Words[i].TrimEnd('.')) && NameAfter(article.Text, sentence, i + 1, known) is { } name)
                {
                    var text = name.Of(article.Text);
                    var entry = new KnowledgeEntry(new EntityId("local:" + WordForm.Fold(text).Replace(' ', '-')), text, EntityType.PERSON, null, PartyKind.Itself);
                    people.Add((entry, name, text[(text.LastIndexOf(' ') + 1)..]));
                }
            }
        }

        return people.Select(p => (p.Entry, p.Span)).Concat(Surnames(article.Text, people, known)).ToList();
    }

    /// <summary>Two to four capitalized words not already known, within a few words of the title.</summary>
    private static TextSpan? NameAfter(string text, SentenceView sentence, int from, IReadOnlyList<TextSpan> known)
    {
        for (var start = from; start < Math.Min(sentence.Count, from + TitleReach); start++)
        {
            if (!Capitalized(text, sentence, start, known))
            {
                continue;
            }

            var end = start;
            while (end + 1 < sentence.Count && end - start < 3 && Capitalized(text, sentence, end + 1, known))
            {
                end++;
            }

            return end > start ? sentence.Cover(start, end) : null;
        }

        return null;
    }

    private static bool Capitalized(string text, SentenceView sentence, int word, IReadOnlyList<TextSpan> known)
    {
        var span = sentence.WordSpans[word];
        return span.Length > 1 && char.IsUpper(text[span.Start]) && char.IsLetter(text[span.End - 1]) && !known.Any(k => k.Overlaps(span));
    }

    private static IEnumerable<(KnowledgeEntry, TextSpan)> Surnames(string text, List<(KnowledgeEntry Entry, TextSpan Span, string Surname)> people, IReadOnlyList<TextSpan> known)
    {
        foreach (var (entry, span, surname) in people)
        {
            for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
            {
                var mention = new TextSpan(at, at + surname.Length);
                var whole = (at == 0 || !char.IsLetter(text[at - 1])) && (mention.End == text.Length || !char.IsLetter(text[mention.End]));
                if (whole && !span.Overlaps(mention) && !known.Any(k => k.Overlaps(mention)))
                {
                    yield return (entry, mention);
                }
            }
        }
    }
}
