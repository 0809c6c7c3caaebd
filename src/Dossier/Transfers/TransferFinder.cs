using Dossier.Articles;
using Dossier.Claims;
using Dossier.Clauses;
using Dossier.Entities;
using Dossier.Quantities;
using Dossier.Times;

namespace Dossier.Transfers;

/// <summary>
/// The transfer mentions of one sentence. Each cue owns the words after it up to the next cue or
/// clause boundary: the goods, figures and places named there are what it moves.
/// </summary>
internal sealed class TransferFinder
{
    private readonly ClauseRules _rules;
    private readonly RoleResolver _roles;
    private readonly PhraseLexicon<TransferCue> _cues;
    private readonly PhraseLexicon<string> _goods;
    private readonly RouteReader _routes;

    public TransferFinder(string language, Parties parties)
    {
        _rules = ClauseRules.For(language);
        _roles = new RoleResolver(_rules, parties);
        _cues = TransferCue.Load(language);
        _goods = TransferCue.Goods(language);
        _routes = new RouteReader(language);
    }

    public IEnumerable<TransferMention> Find(SentenceView sentence, SpeakerContext context, IReadOnlyList<Quantity> quantities, TransferPeriod? period, Func<TextSpan, IReadOnlyList<EntityId>, ClaimStatus> statusAt)
    {
        var cues = TriggerScan.Find(sentence, _cues);
        TransferMention? previous = null;
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            var end = WindowEnd(sentence, cue.Last, c + 1 < cues.Count ? cues[c + 1].First : sentence.Count);
            var window = sentence.Cover(cue.First, end);
            var fillers = _roles.Resolve(sentence, cue.First, cue.Last, cue.Entry.Roles, context, directObjects: false);
            var (suppliers, recipients) = (fillers.Actors, fillers.Targets);
            if (previous is not null && cue.Entry.Roles == TriggerRoles.Exchange)
            {
                (suppliers, recipients) = (suppliers.Count > 0 ? suppliers : previous.Recipients, previous.Suppliers);
            }
            else if (previous is not null && suppliers.Count == 0 && recipients.Count == 0)
            {
                // A chained cue names the goods of the one before: "se tourne vers X pour obtenir des munitions".
                (suppliers, recipients) = (previous.Suppliers, previous.Recipients);
            }
            else if (previous is not null && c > 0 && Adjacent(sentence, cues[c - 1].Last, cue.First))
            {
                // The object of the cue before fills the side this one leaves open: "X recherche une assistance militaire de Y".
                (suppliers, recipients) = (suppliers.Count > 0 ? suppliers : previous.Suppliers, recipients.Count > 0 ? recipients : previous.Recipients);
            }

            var clauseStart = c > 0 ? cues[c - 1].Last + 1 : 0;
            previous = new TransferMention(
                suppliers,
                recipients,
                RoleResolver.IsPassive(sentence, cue.First)
                    ? Items(sentence, clauseStart, cue.First - 1).Union(Items(sentence, cue.First, end)).ToList()
                    : Items(sentence, cue.First, end),
                quantities.FirstOrDefault(q => window.Contains(q.Span)),
                period,
                _routes.Stops(sentence, ClauseStart(sentence, clauseStart, cue.First), cue.First, end),
                cue.Entry.Status ?? statusAt(sentence.Cover(cue.First, cue.Last), suppliers),
                context.SpeakerAt(window)?.Id,
                sentence.Span);
            yield return previous;
        }
    }

    /// <summary>True when only determiners stand between two cues ("recherche une assistance").</summary>
    private bool Adjacent(SentenceView sentence, int previousLast, int first) =>
        first - previousLast <= 3 && Enumerable.Range(previousLast + 1, first - previousLast - 1).All(i => _rules.Classes.Of(sentence.Words[i]) == WordClass.Determiner);

    /// <summary>The time interval a sentence states ("entre le 1er septembre et le 1er octobre", "du … au …"), else null.</summary>
    public static TransferPeriod? PeriodOf(SentenceView sentence, IReadOnlyList<TimeExpression> times)
    {
        var dates = times.Where(t => t.Type == TimexType.DATE && sentence.Span.Contains(t.Span)).OrderBy(t => t.Span.Start).ToList();
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            var before = WordBefore(sentence, dates[i].Span.Start);
            if (before is "entre" or "du" or "depuis" or "between" or "from")
            {
                return new TransferPeriod(dates[i].Value, dates[i + 1].Value);
            }
        }

        return null;
    }

    /// <summary>The word before <paramref name="position"/>, past an article ("entre le 1er septembre").</summary>
    private static string? WordBefore(SentenceView sentence, int position)
    {
        for (var i = sentence.Count - 1; i >= 0; i--)
        {
            if (sentence.WordSpans[i].End <= position && sentence.Words[i] is not ("le" or "l'" or "the"))
            {
                return sentence.Words[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Where the clause of a cue starts, back to the cue before it: a mode stated before the verb
    /// is the route's ("chargés sur un navire à Najin, puis déchargés à Dunay").
    /// </summary>
    private int ClauseStart(SentenceView sentence, int previousCueEnd, int first)
    {
        var start = first;
        while (start > previousCueEnd && _rules.Classes.Of(sentence.Words[start - 1]) != WordClass.Boundary)
        {
            start--;
        }

        return start;
    }

    private int WindowEnd(SentenceView sentence, int cueLast, int nextCue)
    {
        var end = cueLast;
        while (end + 1 < nextCue && (_rules.Classes.Of(sentence.Words[end + 1]) != WordClass.Boundary || Enumerates(sentence, end + 1)))
        {
            end++;
        }

        return end;
    }

    /// <summary>A dash or colon that opens the list of the goods just named ("l'aide militaire russe – notamment des avions").</summary>
    private static bool Enumerates(SentenceView sentence, int mark) =>
        sentence.Words[mark] is "–" or "—" or ":" && mark + 1 < sentence.Count && sentence.Words[mark + 1] is "notamment" or "including" or "dont" or "comme";

    /// <summary>Weapon categories (WEAPON entities) and other goods (the goods list) named in words [from, to].</summary>
    private List<string> Items(SentenceView sentence, int from, int to) =>
        sentence.Mentions.Where(m => m.First >= from && m.Last <= to && m.Entity.Type == EntityType.WEAPON).Select(m => m.Entity.Name)
            .Concat(TriggerScan.Find(sentence, _goods).Where(g => g.First >= from && g.Last <= to).Select(g => g.Entry))
            .Distinct()
            .ToList();
}
