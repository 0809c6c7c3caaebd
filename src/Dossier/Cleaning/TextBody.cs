namespace Dossier.Cleaning;

/// <summary>
/// The body paragraphs of plain text scraped from a site: one per non-blank line, whitespace
/// normalized, with the site's chrome dropped — lines matching a boilerplate cue, breadcrumbs,
/// teaser blocks, captions, short lines that are not sentences, and paragraphs repeated verbatim.
/// The headline is kept: the first line, once its "date 2023-10" stamp is cut.
/// </summary>
internal static class TextBody
{
    // Teaser headlines after "Lire aussi :" may end with "?" or "." — drop up to this many short lines.
    private const int TeaserLines = 6;

    public static List<string> Paragraphs(string raw) => WithoutRepeats(Candidates(raw));

    private static List<Candidate> Candidates(string raw)
    {
        var cues = BoilerplateCues.All;
        var kept = new List<Candidate>();
        var teasers = 0;
        // Open until a line is kept or a byline/stamp is met: a short line after "Publié par : …"
        // is a location or caption, not the headline, which pages print first.
        var headlineOpen = true;
        foreach (var rawLine in raw.Split('\n'))
        {
            var line = LineShape.WithoutDateStamp(LineShape.WithoutBullet(Whitespace.Normalize(rawLine)));
            if (line.Length == 0 || LineShape.IsBreadcrumb(line))
            {
                continue;
            }

            var cue = cues.Match(line);
            if (cue is not null)
            {
                teasers = cue == CueKind.Intro ? TeaserLines : 0;
                headlineOpen = false;
                continue;
            }

            if (teasers > 0 && LineShape.WordCount(line) < LineShape.ShortLineWords)
            {
                teasers--;
                continue;
            }

            teasers = 0;
            var body = cues.TrailingCredit.Replace(line, "");
            var isCaption = body.Length < line.Length;
            if (!isCaption && cues.AgencyEnding.IsMatch(line))
            {
                continue;
            }

            if (body.Length > 0 && (headlineOpen || LineShape.IsSentence(body) || LineShape.OpensQuote(body)))
            {
                kept.Add(new Candidate(body, isCaption));
            }

            headlineOpen = false;
        }

        return kept;
    }

    /// <summary>
    /// One copy of each paragraph: pages print a photo's caption with the paragraph it repeats,
    /// and the copy that carried a credit is the caption.
    /// </summary>
    private static List<string> WithoutRepeats(List<Candidate> candidates)
    {
        var chosen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var key = BoilerplateCues.Fold(candidates[i].Text);
            if (!chosen.TryGetValue(key, out var first) || (candidates[first].IsCaption && !candidates[i].IsCaption))
            {
                chosen[key] = i;
            }
        }

        var keep = chosen.Values.ToHashSet();
        return candidates.Where((_, i) => keep.Contains(i)).Select(candidate => candidate.Text).ToList();
    }

    private sealed record Candidate(string Text, bool IsCaption);
}
