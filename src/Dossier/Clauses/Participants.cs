using Dossier.Entities;

namespace Dossier.Clauses;

/// <summary>What stands on the subject side of a trigger: named entities, or a pronoun to resolve.</summary>
public sealed record SubjectSide(IReadOnlyList<MentionSlot> Mentions, WordClass? Pronoun)
{
    public static SubjectSide None { get; } = new([], null);
}

/// <summary>
/// Finds who does what around a trigger in one sentence, from word order and function words
/// only: the subject group just before the trigger, the object or prepositional group after it.
/// </summary>
public sealed class Participants
{
    private const int ObjectReach = 14;
    private readonly WordClasses _classes;

    public Participants(WordClasses classes) => _classes = classes;

    /// <summary>
    /// The entities coordinated just before the trigger ("la Corée du Sud, le Japon et les
    /// États-Unis ont condamné"), skipping auxiliaries and adverbs; or the pronoun found there.
    /// </summary>
    public SubjectSide SubjectOf(SentenceView sentence, int trigger, Func<MentionSlot, bool> eligible)
    {
        var i = trigger - 1;
        while (i >= 0 && sentence.MentionAt(i) is null && _classes.Of(sentence.Words[i]) == WordClass.Skip)
        {
            i--;
        }

        if (i < 0)
        {
            return SubjectSide.None;
        }

        if (sentence.Words[i] == "," && Incise(sentence, i) is { } incise)
        {
            // "Le porte-parole, John Kirby, a déclaré": the name set between commas is the subject.
            // "Choïgou, lors d'une visite à Pyongyang, a appelé": the incise stands between subject and verb.
            if (sentence.MentionAt(incise + 1) is { } apposed && apposed.Last == i - 1 && eligible(apposed))
            {
                return new SubjectSide([apposed], null);
            }

            i = incise - 1;
            if (i < 0 || sentence.MentionAt(i) is null)
            {
                return SubjectSide.None;
            }
        }

        var word = _classes.Of(sentence.Words[i]);
        if (sentence.MentionAt(i) is null)
        {
            return word is WordClass.Pronoun or WordClass.We ? new SubjectSide([], word) : SubjectSide.None;
        }

        return new SubjectSide(CoordinatedBefore(sentence, i, eligible), null);
    }

    /// <summary>
    /// The entities after the trigger: those introduced by one of <paramref name="prepositions"/>
    /// when given ("à la Russie", "vers la Russie"), else the first group found, up to a clause boundary.
    /// </summary>
    public IReadOnlyList<MentionSlot> ObjectOf(SentenceView sentence, int triggerEnd, Func<MentionSlot, bool> eligible, IReadOnlySet<string>? prepositions = null)
    {
        MentionSlot? first = null;
        var end = Math.Min(sentence.Count, triggerEnd + 1 + ObjectReach);
        for (var i = triggerEnd + 1; i < end; i++)
        {
            if (sentence.MentionAt(i) is not { } mention)
            {
                if (_classes.Of(sentence.Words[i]) == WordClass.Boundary && !IsQuotationMark(sentence.Words[i]))
                {
                    // "ont condamné ce qu'ils considèrent comme des livraisons de X": the relative
                    // only names the object, which follows "comme".
                    if (RelativeNamingEnd(sentence, i) is not { } naming)
                    {
                        break;
                    }

                    i = naming;
                }

                continue;
            }

            if (eligible(mention))
            {
                if (prepositions is null || Introduced(sentence, mention.First, prepositions))
                {
                    return CoordinatedAfter(sentence, mention, eligible);
                }

                first ??= mention;
            }

            i = mention.Last;
        }

        return first is { } found ? CoordinatedAfter(sentence, found, eligible) : [];
    }

    /// <summary>
    /// The coordinated group (or the pronoun) nearest before the trigger in its clause, whatever
    /// verb stands between ("Kim et Poutine ont tenu un sommet", "elle envisageait de nouer des liens").
    /// </summary>
    public SubjectSide GroupBefore(SentenceView sentence, int trigger, Func<MentionSlot, bool> eligible)
    {
        for (var i = trigger - 1; i >= 0; i--)
        {
            if (sentence.MentionAt(i) is { } mention)
            {
                if (eligible(mention))
                {
                    return new SubjectSide(CoordinatedBefore(sentence, mention.Last, eligible), null);
                }

                i = mention.First;
                continue;
            }

            var word = _classes.Of(sentence.Words[i]);
            if (word is WordClass.Pronoun or WordClass.We)
            {
                return new SubjectSide([], word);
            }

            if (word == WordClass.Boundary)
            {
                break;
            }
        }

        return SubjectSide.None;
    }

    /// <summary>The group right after one of <paramref name="prepositions"/> anywhere after the trigger in the clause.</summary>
    public IReadOnlyList<MentionSlot> IntroducedBy(SentenceView sentence, int triggerEnd, Func<MentionSlot, bool> eligible, IReadOnlySet<string> prepositions)
    {
        var found = ObjectOf(sentence, triggerEnd, eligible, prepositions);
        return found.Count > 0 && Introduced(sentence, found[0].First, prepositions) ? found : [];
    }

    /// <summary>True when the mention is preceded by a preposition of the set, determiners between.</summary>
    public bool Introduced(SentenceView sentence, int mentionFirst, IReadOnlySet<string> prepositions)
    {
        var i = mentionFirst - 1;
        while (i >= 0 && _classes.Of(sentence.Words[i]) == WordClass.Determiner && !prepositions.Contains(sentence.Words[i]))
        {
            i--;
        }

        return i >= 0 && prepositions.Contains(sentence.Words[i]);
    }

    private List<MentionSlot> CoordinatedBefore(SentenceView sentence, int last, Func<MentionSlot, bool> eligible)
    {
        var group = Listed(sentence, last, eligible);

        // Commas list names only with a conjunction before the last ("A, B et C"): in "avec la
        // Russie, la Corée du Nord a lancé" the comma ends another phrase.
        return group.Count > 1 && !Enumerable.Range(group[0].Last + 1, group[^1].First - group[0].Last - 1)
            .Any(i => sentence.MentionAt(i) is null && _classes.Of(sentence.Words[i]) == WordClass.Coordination && sentence.Words[i] != ",")
            ? [group[^1]]
            : group;
    }

    private List<MentionSlot> Listed(SentenceView sentence, int last, Func<MentionSlot, bool> eligible)
    {
        var group = new List<MentionSlot>();
        var i = last;
        while (i >= 0 && sentence.MentionAt(i) is { } mention)
        {
            if (eligible(mention))
            {
                group.Insert(0, mention);
            }

            i = mention.First - 1;
            SkipTitle(sentence, mention, ref i);
            if (!SkipJoiners(sentence, ref i, -1))
            {
                break;
            }
        }

        return group;
    }

    private List<MentionSlot> CoordinatedAfter(SentenceView sentence, MentionSlot start, Func<MentionSlot, bool> eligible)
    {
        var group = new List<MentionSlot> { start };
        var i = start.Last + 1;
        while (SkipJoiners(sentence, ref i, +1) && sentence.MentionAt(i) is { } mention && eligible(mention))
        {
            group.Add(mention);
            i = mention.Last + 1;
        }

        return group;
    }

    /// <summary>
    /// Moves back over the title of a person named with a demonym right before the name ("le
    /// président russe Vladimir Poutine"), so that the name coordinates with what precedes the title.
    /// </summary>
    private void SkipTitle(SentenceView sentence, MentionSlot person, ref int i)
    {
        if (person.Entity.Type != EntityType.PERSON || sentence.MentionAt(i) is not { Entity.Type: EntityType.GPE } demonym || demonym.Last != person.First - 1)
        {
            return;
        }

        var at = demonym.First - 1;
        for (var title = 0; title < 2 && at >= 0 && sentence.MentionAt(at) is null && _classes.Of(sentence.Words[at]) == WordClass.Other; title++)
        {
            at--;
        }

        while (at >= 0 && sentence.MentionAt(at) is null && _classes.Of(sentence.Words[at]) == WordClass.Determiner)
        {
            at--;
        }

        i = at;
    }

    /// <summary>The comma that opens the incise closed by the comma at <paramref name="closing"/>, or null when none is near.</summary>
    private int? Incise(SentenceView sentence, int closing)
    {
        const int longest = 10;
        for (var i = closing - 1; i > 0 && i >= closing - longest; i--)
        {
            if (sentence.MentionAt(i) is null && sentence.Words[i] == ",")
            {
                return i;
            }

            if (sentence.MentionAt(i) is null && _classes.Of(sentence.Words[i]) == WordClass.Boundary)
            {
                return null;
            }
        }

        return null;
    }

    // A quoted phrase inside the object ("un accord « vivres contre armes » avec X") is still the object.
    private static bool IsQuotationMark(string word) => word is "«" or "»" or "“" or "”" or "\"";

    /// <summary>After "ce que"/"ce qu'" at <paramref name="boundary"/>, the index of a "comme" that names the object; else null.</summary>
    private static int? RelativeNamingEnd(SentenceView sentence, int boundary)
    {
        if (boundary == 0 || sentence.Words[boundary - 1] != "ce" || sentence.Words[boundary] is not ("que" or "qu'"))
        {
            return null;
        }

        for (var i = boundary + 1; i < sentence.Count && i <= boundary + 5; i++)
        {
            if (sentence.Words[i] == "comme")
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Moves over ", et la", "and the" between two coordinated names; false when none were there.</summary>
    private bool SkipJoiners(SentenceView sentence, ref int i, int direction)
    {
        var coordinated = false;
        while (i >= 0 && i < sentence.Count && sentence.MentionAt(i) is null)
        {
            var word = _classes.Of(sentence.Words[i]);
            if (word == WordClass.Coordination)
            {
                coordinated = true;
            }
            else if (word != WordClass.Determiner && !(coordinated && sentence.Words[i] is "de" or "d'"))
            {
                return false;
            }

            i += direction;
        }

        return coordinated && i >= 0 && i < sentence.Count;
    }
}
