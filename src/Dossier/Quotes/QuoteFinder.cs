using Dossier.Articles;
using Dossier.Clauses;
using Dossier.Entities;
using Dossier.Languages;

namespace Dossier.Quotes;

/// <summary>
/// The quotes of an article under one language's rules: direct quotations from the marks,
/// reported speech from reporting verbs ("X a déclaré que …", "…, a-t-il indiqué") and source
/// phrases ("selon X, …"), each with the speaker in subject position, after an inverted verb,
/// or resolved from a pronoun. A quotation inside reported speech takes the speaker of the
/// sentence that carries it.
/// </summary>
internal sealed class QuoteFinder
{
    private const int ComplementReach = 10;
    private const int SpeakerReach = 14;

    // A reported clause that is mostly quotation, with at most this many words of framing around
    // it ("La stratégie consiste à envoyer « … », a déclaré Kirby"), is the quotation itself.
    private const int FramingWords = 6;

    // Shorter quotations inside reported speech are quoted terms ("« possibilités »"), not speech.
    private const int TermWords = 2;
    private const int ContinuingSourceWords = 2;

    // Fewer words than this before an incised verb are a lead-in ("En contrepartie, a-t-il ajouté, …").
    private const int IncisedLeadWords = 4;

    private readonly string _language;
    private readonly ReportingVerbs _verbs;
    private readonly PhraseLexicon<SourceKind> _sources;
    private readonly ClauseRules _rules;
    private readonly HashSet<string> _titles;

    public QuoteFinder(string language)
    {
        _language = language;
        _verbs = ReportingVerbs.For(language);
        _sources = QuoteSources.For(language);
        _rules = ClauseRules.For(language);
        _titles = LanguageData.Words(language, "person-titles.tsv").Select(word => WordForm.Fold(word)).ToHashSet();
    }

    public IReadOnlyList<Quote> Find(IReadOnlyList<SentenceView> sentences, IReadOnlyList<TextSpan> marks, IReadOnlyList<TextSpan> times) =>
        new ArticleQuotes(this, sentences, marks, times).Find();

    private static bool IsThat(string word) => word is "que" or "qu'" or "that";

    private static bool IsComma(string word) => word is ",";

    private static bool IsClosingMark(string word) => word is "»" or "”" or "\"" or "›";

    private static bool IsWord(string word) => word.Length > 0 && char.IsLetterOrDigit(word[0]);

    private bool IsInfinitive(string word) => _language == "fr"
        ? word.Length > 3 && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("ir", StringComparison.Ordinal) || word.EndsWith("re", StringComparison.Ordinal))
        : word == "to";

    private static bool IsTonicPronoun(string word) => word is "lui" or "elle" or "eux" or "elles" or "him" or "her" or "them";

    /// <summary>The work on one article: which quotations are attributed, what reported speech was found.</summary>
    private sealed class ArticleQuotes
    {
        private readonly QuoteFinder _finder;
        private readonly IReadOnlyList<SentenceView> _sentences;
        private readonly IReadOnlyList<TextSpan> _marks;
        private readonly IReadOnlyList<TextSpan> _times;
        private readonly Attribution?[] _attributions;
        private readonly List<Quote> _reported = [];
        private readonly SpeakerMemory _memory;

        public ArticleQuotes(QuoteFinder finder, IReadOnlyList<SentenceView> sentences, IReadOnlyList<TextSpan> marks, IReadOnlyList<TextSpan> times)
        {
            _finder = finder;
            _sentences = sentences;
            _marks = marks;
            _times = times;
            _attributions = new Attribution?[marks.Count];
            _memory = new SpeakerMemory(sentences);
        }

        private readonly record struct Attribution(Entity? Speaker, TextSpan Cue, Stance Stance, bool Nested);

        public List<Quote> Find()
        {
            for (var k = 0; k < _sentences.Count; k++)
            {
                Sentence(k);
            }

            var quotes = new List<Quote>(_reported);
            for (var m = 0; m < _marks.Count; m++)
            {
                if (Direct(m) is { } quote)
                {
                    quotes.Add(quote);
                }
            }

            return quotes.OrderBy(q => q.Span.Start).ThenBy(q => q.Direct).ToList();
        }

        private Quote? Direct(int m)
        {
            var span = _marks[m];
            var words = WordCount(span);
            if (_attributions[m] is { } said)
            {
                return said.Nested && words <= TermWords ? null : new Quote(span, true, said.Speaker, said.Cue, said.Stance);
            }

            if (Incise(m) is { } incise)
            {
                return new Quote(span, true, incise.Speaker, incise.Cue, incise.Stance);
            }

            if (words <= TermWords)
            {
                return null;
            }

            var carrier = _reported.Where(r => r.Span.Contains(span)).MinBy(r => r.Span.Length);
            return carrier is null ? new Quote(span, true, null, null, Stance.Assert) : new Quote(span, true, carrier.Speaker, carrier.Cue, carrier.Stance);
        }

        /// <summary>A reporting verb set between commas inside the quotation: « Nous surveillons, a-t-il dit, toute expédition ».</summary>
        private Attribution? Incise(int m)
        {
            var mark = _marks[m];
            for (var k = 0; k < _sentences.Count; k++)
            {
                var sentence = _sentences[k];
                if (!sentence.Span.Overlaps(mark))
                {
                    continue;
                }

                var outside = Enumerable.Range(0, sentence.Count).Select(i => !mark.Contains(sentence.WordSpans[i])).ToArray();
                foreach (var cue in _finder._verbs.Find(sentence, i => outside[i]))
                {
                    if (cue.First == 0 || !IsComma(sentence.Words[cue.First - 1]))
                    {
                        continue;
                    }

                    var speakers = cue.Clitic is { } clitic ? One(_memory.Resolve(clitic, k, cue.First)) : SpeakerAfter(k, sentence, cue.Last + 1);
                    if (speakers.Count > 0)
                    {
                        return new Attribution(speakers[0], sentence.Cover(cue.First, cue.Last), cue.Entry.Stance, Nested: false);
                    }
                }
            }

            return null;
        }

        private void Sentence(int k)
        {
            var sentence = _sentences[k];
            var quoted = new bool[sentence.Count];
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = sentence.WordSpans[i];
                quoted[i] = _marks.Any(mark => mark.Start <= word.Start && word.End <= mark.End);
            }

            var regionStart = 0;
            var previousSpeakers = new List<Entity>();
            Found? open = null;
            var cues = _finder._verbs.Find(sentence, i => quoted[i]).Select(verb => (verb.First, Verb: (ReportingCue?)verb, Source: (SourceMatch?)null))
                .Concat(Sources(sentence, quoted).Select(source => (source.First, Verb: (ReportingCue?)null, Source: (SourceMatch?)source)))
                .OrderBy(c => c.First)
                .ToList();
            foreach (var (_, verb, source) in cues)
            {
                if (open is { } reporting && verb is not { Participle: true })
                {
                    // Inside reported words a verb is the reported party's ("Kirby a déclaré que les
                    // États-Unis pensaient que …"), unless a comma opens a new main clause ("Même si
                    // la Russie assure que …, Poutine a reconnu que …").
                    if (verb is null || !OpensMainClause(k, sentence, verb))
                    {
                        continue;
                    }

                    Trim(reporting, sentence.WordSpans[SubjectStart(sentence, verb, Subject(k, sentence, verb)) - 1].Start);
                    open = null;
                }

                var found = verb is not null ? Verb(k, sentence, verb, regionStart, previousSpeakers) : Source(k, sentence, source!.Value, regionStart);
                if (found is { } result)
                {
                    regionStart = result.NextRegion;
                    previousSpeakers = result.Speakers;
                    open = result.ToEnd ? result : open;
                }
            }
        }

        private static int WordsBetween(SentenceView sentence, int first, int end) =>
            Enumerable.Range(first, Math.Max(0, end - first)).Count(i => IsWord(sentence.Words[i]));

        /// <summary>The first word after the comma that closes an incised verb and its speaker, or null.</summary>
        private static int? IncisedRest(SentenceView sentence, int after)
        {
            for (var i = after; i < sentence.Count && i < after + SpeakerReach; i++)
            {
                if (IsComma(sentence.Words[i]))
                {
                    return i + 1 < sentence.Count && IsWord(sentence.Words[i + 1]) ? i + 1 : null;
                }
            }

            return null;
        }

        private bool OpensMainClause(int k, SentenceView sentence, ReportingCue verb)
        {
            var speakers = Subject(k, sentence, verb);
            var start = SubjectStart(sentence, verb, speakers);
            return speakers.Count > 0 && start > 0 && start < verb.First && IsComma(sentence.Words[start - 1]);
        }

        /// <summary>What a cue reported: its speakers, where the next cue's region starts, and its quotes in <see cref="_reported"/>.</summary>
        private readonly record struct Found(List<Entity> Speakers, int NextRegion, TextSpan Cue, int ReportFrom, int ReportTo, bool ToEnd);

        /// <summary>A source phrase over words [First, Last].</summary>
        private readonly record struct SourceMatch(int First, int Last, SourceKind Kind);

        private Found? Verb(int k, SentenceView sentence, ReportingCue cue, int regionStart, List<Entity> previousSpeakers)
        {
            var before = cue.First - 1;
            var after = cue.Last + 1;
            var next = after;
            while (next < sentence.Count && (InTime(sentence, next) || next + 1 < sentence.Count && InTime(sentence, next + 1) && sentence.Words[next] is "on" or "in" or "at" or "le"))
            {
                next++;
            }

            var nextWord = next < sentence.Count ? sentence.Words[next] : null;
            var rest = Enumerable.Range(after, Math.Max(0, sentence.Count - after)).Any(i => IsWord(sentence.Words[i]) && !InTime(sentence, i));
            var framedBefore = before >= regionStart && (IsComma(sentence.Words[before]) || IsClosingMark(sentence.Words[before]));
            var cueSpan = sentence.Cover(cue.First, cue.Last);
            if (framedBefore && !cue.Participle && (nextWord is null || !IsThat(nextWord) && nextWord != ":"))
            {
                var speakers = cue.Clitic is { } clitic ? One(_memory.Resolve(clitic, k, cue.First)) : SpeakerAfter(k, sentence, after);
                if (WordsBetween(sentence, regionStart, before) < IncisedLeadWords && IncisedRest(sentence, after) is { } restStart)
                {
                    // "En contrepartie, a-t-il ajouté, Pyongyang chercherait …": the words are after the incise.
                    var (restFrom, restTo) = Report(k, sentence, restStart, LastWord(sentence), speakers, cueSpan, cue.Entry.Stance, reportedBefore: false);
                    return new Found(speakers, sentence.Count, cueSpan, restFrom, restTo, ToEnd: true);
                }

                var (from, to) = Report(k, sentence, regionStart, before - 1, speakers, cueSpan, cue.Entry.Stance, reportedBefore: true);
                return new Found(speakers, after, cueSpan, from, to, ToEnd: false);
            }

            if (!rest || nextWord == "," && !cue.Participle)
            {
                // English order: "“…,” Kirby said." or "…, the White House said on Friday, releasing
                // images": the subject stands between the reported words and the verb.
                var speakers = Subject(k, sentence, cue);
                var end = SubjectStart(sentence, cue, speakers) - 1;
                if (end >= regionStart && (IsComma(sentence.Words[end]) || IsClosingMark(sentence.Words[end])))
                {
                    var (from, to) = Report(k, sentence, regionStart, end - 1, speakers, cueSpan, cue.Entry.Stance, reportedBefore: true);
                    return new Found(speakers, after, cueSpan, from, to, ToEnd: false);
                }

                if (!rest)
                {
                    return null;
                }
            }

            if (ComplementStart(sentence, cue, quotedAt: i => InMark(sentence, i)) is not { } start)
            {
                return null;
            }

            var forward = cue.Participle ? (previousSpeakers.Count > 0 ? previousSpeakers : OpeningSubject(sentence, cue.First)) : Subject(k, sentence, cue);
            // After "que" the words are indirect speech, partial quotations and all, unless the
            // quotation is the whole clause ("ajoutant que « … »").
            var framing = start > 0 && IsThat(sentence.Words[start - 1]) ? 0 : FramingWords;
            var (reportFrom, reportTo) = Report(k, sentence, start, LastWord(sentence), forward, cueSpan, cue.Entry.Stance, reportedBefore: false, framing);
            return new Found(forward, sentence.Count, cueSpan, reportFrom, reportTo, ToEnd: true);
        }

        private Found? Source(int k, SentenceView sentence, SourceMatch source, int regionStart)
        {
            var (first, last, kind) = source;
            var end = last + 1;
            while (end < sentence.Count && !IsComma(sentence.Words[end]) && sentence.Words[end] is not ("." or ";" or ":") && !InMark(sentence, end))
            {
                end++;
            }

            // [last + 1, end) is the source's noun phrase.
            var phrase = Enumerable.Range(last + 1, end - last - 1).ToList();
            List<Entity> speakers;
            if (phrase.Count == 1 && IsTonicPronoun(sentence.Words[phrase[0]]))
            {
                speakers = One(_memory.Resolve(sentence.Words[phrase[0]], k, first));
            }
            else if (kind == SourceKind.Opinion)
            {
                var mention = phrase.Count > 0 ? sentence.MentionAt(phrase[0]) : null;
                if (mention is not { } named || named.Last != phrase[^1] || end >= sentence.Count || !IsComma(sentence.Words[end]))
                {
                    return null;
                }

                speakers = [named.Entity];
            }
            else
            {
                var named = phrase.Select(sentence.MentionAt).FirstOrDefault(m => m is { } slot && Parties.IsParty(slot));
                // "selon les renseignements" continues the source just named; a longer phrase names a new, unknown one.
                speakers = named is { } slot ? [slot.Entity]
                    : phrase.Count <= ContinuingSourceWords ? One(_memory.Recent(k, sentence.WordSpans[first].Start)) : [];
            }

            if (phrase.Count == 0)
            {
                return null;
            }

            var cue = sentence.Cover(first, phrase[^1]);
            var atEnd = !Enumerable.Range(end, sentence.Count - end).Any(i => IsWord(sentence.Words[i]));
            var comma = first - 1;
            var (from, to) = atEnd
                ? Report(k, sentence, regionStart, comma >= 0 && IsComma(sentence.Words[comma]) ? comma - 1 : comma, speakers, cue, Stance.Assert, reportedBefore: true)
                : Report(k, sentence, end + 1, LastWord(sentence), speakers, cue, Stance.Assert, reportedBefore: false);
            return new Found(speakers, atEnd ? sentence.Count : end + 1, cue, from, to, ToEnd: !atEnd);
        }

        /// <summary>Records reported words [first, last] of the sentence and attributes the quotations they hold.</summary>
        private (int From, int To) Report(int k, SentenceView sentence, int first, int last, List<Entity> speakers, TextSpan cue, Stance stance, bool reportedBefore, int allowedFraming = FramingWords)
        {
            var from = _reported.Count;
            while (first <= last && !IsWord(sentence.Words[first]) && !IsOpeningMark(sentence, first))
            {
                first++;
            }

            while (last >= first && !IsWord(sentence.Words[last]) && !InMark(sentence, last - 1))
            {
                last--;
            }

            var speaker = speakers.Count > 0 ? speakers[0] : null;
            if (speaker is not null)
            {
                _memory.Said(k, cue.Start, speaker);
            }

            var clauseStart = first <= last ? sentence.WordSpans[first].Start : cue.End;
            var clauseEnd = first <= last ? sentence.WordSpans[last].End : cue.End;
            var inside = new List<int>();
            for (var m = 0; m < _marks.Count; m++)
            {
                var mark = _marks[m];
                var ours = reportedBefore
                    ? mark.End <= cue.Start && mark.End >= sentence.Span.Start && mark.End >= clauseStart
                    : mark.Start >= cue.End && mark.Start <= clauseEnd;
                if (ours)
                {
                    inside.Add(m);
                }
            }

            var framing = first <= last ? Enumerable.Range(first, last - first + 1).Count(i => IsWord(sentence.Words[i]) && !InMark(sentence, i)) : 0;
            var isQuotation = inside.Count > 0 && framing <= allowedFraming && inside.Sum(m => WordCount(_marks[m])) >= framing;
            foreach (var m in inside)
            {
                // A verb that frames the quotation itself ("…, ajoutant que « … »") outranks one whose reported clause merely holds it.
                if (_attributions[m] is not { } earlier || earlier.Nested && isQuotation)
                {
                    _attributions[m] = new Attribution(speaker, cue, stance, Nested: !isQuotation);
                }
            }

            if (!isQuotation && first <= last)
            {
                var span = new TextSpan(clauseStart, clauseEnd);
                foreach (var who in speakers.Count > 0 ? speakers.Cast<Entity?>() : [null])
                {
                    _reported.Add(new Quote(span, false, who, cue, stance));
                }
            }

            return (from, _reported.Count);
        }

        /// <summary>Ends the reported clause of an earlier verb at <paramref name="end"/>, where a new main clause starts.</summary>
        private void Trim(Found earlier, int end)
        {
            for (var i = earlier.ReportFrom; i < earlier.ReportTo; i++)
            {
                var quote = _reported[i];
                _reported[i] = quote with { Span = new TextSpan(quote.Span.Start, Math.Max(quote.Span.Start, Math.Min(quote.Span.End, end))) };
            }

            for (var m = 0; m < _marks.Count; m++)
            {
                if (_attributions[m] is { } said && said.Cue == earlier.Cue && _marks[m].Start >= end)
                {
                    _attributions[m] = null;
                }
            }
        }

        private List<Entity> Subject(int k, SentenceView sentence, ReportingCue cue)
        {
            if (cue.Clitic is { } clitic)
            {
                return One(_memory.Resolve(clitic, k, cue.First));
            }

            var classes = _finder._rules.Classes;
            var side = _finder._rules.Participants.SubjectOf(sentence, cue.First, Parties.IsParty);
            // The subject's own rules already keep a comma alone from coordinating and take the name in apposition.
            if (side.Mentions.Count > 0)
            {
                return side.Mentions.Select(m => m.Entity).Distinct().ToList();
            }

            var i = cue.First - 1;
            while (i >= 0 && sentence.MentionAt(i) is null && classes.Of(sentence.Words[i]) == WordClass.Skip)
            {
                i--;
            }

            if (i < 0)
            {
                return [];
            }

            if (side.Pronoun is not null)
            {
                return One(_memory.Resolve(sentence.Words[i], k, i));
            }

            if (_finder._titles.Contains(sentence.Words[i]))
            {
                return One(_memory.Resolve(_finder._language == "fr" ? "il" : "he", k, i));
            }

            return OpeningSubject(sentence, cue.First);
        }

        /// <summary>The party group that opens the clause ("Les États-Unis et leurs alliés ont exprimé…").</summary>
        private List<Entity> OpeningSubject(SentenceView sentence, int upTo)
        {
            var start = 0;
            for (var i = upTo - 1; i >= 0; i--)
            {
                if (_finder._rules.Classes.Of(sentence.Words[i]) == WordClass.Boundary && !InMark(sentence, i))
                {
                    start = i + 1;
                    break;
                }
            }

            for (var i = start; i < upTo && i <= start + 2; i++)
            {
                if (sentence.MentionAt(i) is { } mention && Parties.IsParty(mention))
                {
                    return [mention.Entity];
                }
            }

            return [];
        }

        /// <summary>The speaker named after an inverted verb: the first person, else the first party.</summary>
        private List<Entity> SpeakerAfter(int k, SentenceView sentence, int after)
        {
            var mentions = new List<MentionSlot>();
            for (var i = after; i < sentence.Count && i < after + SpeakerReach && sentence.Words[i] is not ("." or ";"); i++)
            {
                if (sentence.MentionAt(i) is { } mention && Parties.IsParty(mention))
                {
                    mentions.Add(mention);
                    i = mention.Last;
                }
            }

            if (mentions.FirstOrDefault(m => m.Entity.Type == EntityType.PERSON) is { Entity: not null } person)
            {
                return [person.Entity];
            }

            if (mentions.Count > 0)
            {
                return [mentions[0].Entity];
            }

            return after < sentence.Count && (_finder._titles.Contains(sentence.Words[after]) || after + 1 < sentence.Count && _finder._titles.Contains(sentence.Words[after + 1]))
                ? One(_memory.Resolve(_finder._language == "fr" ? "il" : "he", k, after))
                : [];
        }

        /// <summary>The first word of the subject group of <paramref name="speakers"/> before the verb.</summary>
        private int SubjectStart(SentenceView sentence, ReportingCue cue, List<Entity> speakers)
        {
            var classes = _finder._rules.Classes;
            var start = cue.First;
            var i = cue.First - 1;
            while (i >= 0)
            {
                if (sentence.MentionAt(i) is { } mention)
                {
                    if (!speakers.Contains(mention.Entity))
                    {
                        break;
                    }

                    start = mention.First;
                    i = mention.First - 1;
                }
                else if (classes.Of(sentence.Words[i]) is WordClass.Determiner or WordClass.Coordination)
                {
                    i--;
                }
                else
                {
                    break;
                }
            }

            while (start > 0 && classes.Of(sentence.Words[start - 1]) == WordClass.Determiner)
            {
                start--;
            }

            return start;
        }

        /// <summary>Where the reported words start after a forward verb, or null when the verb reports nothing here.</summary>
        private int? ComplementStart(SentenceView sentence, ReportingCue cue, Func<int, bool> quotedAt)
        {
            var first = cue.Last + 1;
            var j = first;
            while (j < sentence.Count && InTime(sentence, j))
            {
                j++;
            }

            if (j < sentence.Count && cue.Entry.Complement != Complement.Que && _finder.IsInfinitive(sentence.Words[j]) && sentence.MentionAt(j) is null)
            {
                return _finder._language == "fr" ? j : j + 1;
            }

            for (var n = first; n < sentence.Count && n <= first + ComplementReach; n++)
            {
                var word = sentence.Words[n];
                if (IsThat(word) && sentence.Words[n - 1] != "ce" || word == ":")
                {
                    return n + 1;
                }

                if (quotedAt(n))
                {
                    return n;
                }

                if (word is "." or ";" || _finder._verbs.Find(sentence, i => i != n).Any(c => c.Verb == n))
                {
                    break;
                }
            }

            return cue.Entry.Complement == Complement.Any && first < sentence.Count ? first : null;
        }

        private IEnumerable<SourceMatch> Sources(SentenceView sentence, bool[] quoted)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                if (quoted[i] || sentence.MentionAt(i) is not null)
                {
                    continue;
                }

                if (_finder._sources.TryLongestAt(sentence.Words, i, out var kind, out var last))
                {
                    yield return new SourceMatch(i, last, kind);
                    i = last;
                }
            }
        }

        private bool InTime(SentenceView sentence, int word) => _times.Any(t => t.Contains(sentence.WordSpans[word]));

        private bool InMark(SentenceView sentence, int word) =>
            word >= 0 && word < sentence.Count && _marks.Any(mark => mark.Start - 1 <= sentence.WordSpans[word].Start && sentence.WordSpans[word].End <= mark.End + 1);

        private bool IsOpeningMark(SentenceView sentence, int word) =>
            _marks.Any(mark => sentence.WordSpans[word].End == mark.Start || sentence.WordSpans[word].End < mark.Start && !IsWord(sentence.Words[word]) && InMark(sentence, word));

        private static int LastWord(SentenceView sentence) => sentence.Count - 1;

        private int WordCount(TextSpan span) =>
            _sentences.Where(s => s.Span.Overlaps(span)).Sum(s => Enumerable.Range(0, s.Count).Count(i => span.Contains(s.WordSpans[i]) && IsWord(s.Words[i])));

        private static List<Entity> One(Entity? entity) => entity is null ? [] : [entity];
    }
}
