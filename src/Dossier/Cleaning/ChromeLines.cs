namespace Dossier.Cleaning;

/// <summary>
/// Drops the site chrome left among a page's lines: lines matching a boilerplate cue, breadcrumbs,
/// teaser blocks, captions, photo credits, paragraphs repeated verbatim, and — for scraped text,
/// where nothing else tells a headline from a sentence — short lines that are not sentences.
/// </summary>
internal static class ChromeLines
{
    // Teaser headlines after "Lire aussi :" may end with "?" or "." — drop up to this many short lines.
    private const int TeaserLines = 6;

    // Short lines repeat legitimately ("Eat every 2–3 hours" under each meal of a plan, "Q:" in an
    // interview); a repeated paragraph of this many words is a caption or a pull quote.
    private const int RepeatMinWords = 8;

    // A line carrying a photo credit is a caption ("Vladimir Poutine et Kim Jong Un à Vostotchny,
    // le 13 septembre. (Photo AP)"); only a paragraph this long keeps its text, the credit cut,
    // since sites append the credit of the picture beside it to body paragraphs too.
    private const int CaptionMaxWords = 30;

    /// <param name="lines">Lines with white space normalized, in reading order.</param>
    /// <param name="shortLinesAreChrome">
    /// True for plain text: a short line without final punctuation goes unless it is the headline (the
    /// first line) or a quotation. False for HTML, where markup already separated headings from chrome.
    /// </param>
    public static List<string> Keep(IEnumerable<string> lines, bool shortLinesAreChrome) =>
        WithoutRepeats(Candidates(lines, shortLinesAreChrome));

    private static List<Candidate> Candidates(IEnumerable<string> lines, bool shortLinesAreChrome)
    {
        var cues = BoilerplateCues.All;
        var kept = new List<Candidate>();
        var teasers = 0;
        // Open until a line is kept or a byline/stamp is met: a short line after "Publié par : …"
        // is a location or caption, not the headline, which pages print first.
        var headlineOpen = true;
        foreach (var normalized in lines)
        {
            var line = LineShape.WithoutDateStamp(LineShape.WithoutBullet(normalized));
            if (line.Length == 0 || LineShape.IsBreadcrumb(line))
            {
                continue;
            }

            var cue = cues.Match(line);
            if (cue is not null)
            {
                teasers = cue == CueKind.Intro ? TeaserLines : 0;

                // A date stamp may stand above the headline; a byline closes the page's header.
                headlineOpen &= cue is CueKind.Prefix or CueKind.Stamp;
                continue;
            }

            if (teasers > 0 && LineShape.WordCount(line) < LineShape.ShortLineWords)
            {
                teasers--;
                continue;
            }

            teasers = 0;
            var body = cues.WithoutCredit(line);
            var isCaption = body.Length < line.Length;
            if ((isCaption && LineShape.WordCount(body) < CaptionMaxWords) || (!isCaption && cues.EndsWithAgency(line)))
            {
                continue;
            }

            if (body.Length > 0 && (!shortLinesAreChrome || headlineOpen || LineShape.IsSentence(body) || LineShape.OpensQuote(body)))
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
            if (LineShape.WordCount(candidates[i].Text) < RepeatMinWords)
            {
                continue;
            }

            var key = BoilerplateCues.Fold(candidates[i].Text);
            if (!chosen.TryGetValue(key, out var first) || (candidates[first].IsCaption && !candidates[i].IsCaption))
            {
                chosen[key] = i;
            }
        }

        var keep = chosen.Values.ToHashSet();
        return candidates.Where((candidate, i) => keep.Contains(i) || LineShape.WordCount(candidate.Text) < RepeatMinWords).Select(candidate => candidate.Text).ToList();
    }

    private sealed record Candidate(string Text, bool IsCaption);
}
