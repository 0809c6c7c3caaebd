using Dossier.Clauses;

namespace Dossier.Transfers;

/// <summary>
/// The route a transfer's window states: its named places (GeoNames ids) in text order, each with
/// the leg that leads to it. A mode phrase belongs to the leg whose destination it introduces
/// ("par mer vers Dunay, puis par train jusqu'à Tikhoretsk"); one before the route's origin waits
/// for the next place ("par bateau de Najin à Dunay"); one right after the last place is that leg's
/// own ("jusqu'à Tikhoretsk par voie ferrée"). No phrase, no mode: a mode is never guessed.
/// </summary>
internal sealed class RouteReader(string language)
{
    private readonly PhraseLexicon<LegCue> _cues = LegCue.Load(language);

    /// <summary>
    /// The stops named in words [<paramref name="from"/>, <paramref name="to"/>]. Mode phrases count
    /// from <paramref name="lookBack"/>, the start of the cue's clause: "chargés sur un navire à
    /// Najin, puis déchargés à Dunay" states the ship before the verb that reaches Dunay.
    /// </summary>
    public List<RouteStop> Stops(SentenceView sentence, int lookBack, int from, int to)
    {
        var cues = TriggerScan.Find(sentence, _cues).Where(c => c.First >= lookBack && c.Last <= to).ToList();
        var stops = new List<RouteStop>();
        TriggerMatch<LegCue>? waiting = null;
        MentionSlot? previous = null;
        foreach (var place in sentence.Mentions.Where(m => m.First >= from && m.Last <= to && IsPlace(m)))
        {
            var mark = Mark(sentence, cues, from, place);
            if (stops.Any(s => s.Place == place.Entity.Id) || (mark == RouteMark.Within && stops.Count > 0))
            {
                continue;
            }

            var after = previous?.Last ?? lookBack - 1;
            var mode = cues.LastOrDefault(c => c.Entry.Mode is not null && c.First > after && c.Last < place.First) is { Entry: not null } cue ? cue : waiting;
            var reached = stops.Count > 0 || mark == RouteMark.Destination;
            if (reached)
            {
                var first = Math.Min(mode?.First ?? place.First, previous?.First ?? place.First);
                stops.Add(new RouteStop(place.Entity.Id, true, mode?.Entry.Mode, sentence.Cover(first, place.Last)));
                waiting = null;
            }
            else
            {
                stops.Add(new RouteStop(place.Entity.Id, false, null, sentence.Cover(place.First, place.Last)));
                waiting = mode;
            }

            previous = place;
        }

        if (previous is { } last && stops[^1] is { Reached: true, Mode: null } end && Trailing(sentence, cues, last) is { } trailing)
        {
            stops[^1] = end with { Mode = trailing.Entry.Mode, Evidence = new(end.Evidence.Start, sentence.WordSpans[trailing.Last].End) };
        }

        return stops;
    }

    private static bool IsPlace(MentionSlot mention) => mention.Entity.Id.Value.StartsWith("geonames:", StringComparison.Ordinal);

    /// <summary>The marker nearest before a place, back to the mention before it or the window's start.</summary>
    private static RouteMark? Mark(SentenceView sentence, List<TriggerMatch<LegCue>> cues, int from, MentionSlot place)
    {
        var start = sentence.Mentions.Where(m => m.Last < place.First && m.First >= from).Select(m => m.Last + 1).DefaultIfEmpty(from).Max();
        return cues.LastOrDefault(c => c.Entry.Mark is not null && c.First >= start && c.Last < place.First) is { Entry: not null } mark
            ? mark.Entry.Mark
            : null;
    }

    /// <summary>A mode phrase right after the last place, past a comma at most.</summary>
    private static TriggerMatch<LegCue>? Trailing(SentenceView sentence, List<TriggerMatch<LegCue>> cues, MentionSlot last) =>
        cues.FirstOrDefault(c => c.Entry.Mode is not null
            && (c.First == last.Last + 1 || (c.First == last.Last + 2 && sentence.Words[last.Last + 1] == ","))) is { Entry: not null } cue ? cue : null;
}
