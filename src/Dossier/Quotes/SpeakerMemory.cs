using Dossier.Clauses;
using Dossier.Entities;

namespace Dossier.Quotes;

/// <summary>
/// Resolves subject pronouns and title-only subjects ("Il a ajouté", "ajoute-t-il", "Pour lui",
/// "le porte-parole a dit") to the most recent compatible speaker, else to the nearest
/// compatible party named just before. Compatibility is number and grammatical gender, read
/// from the determiners the article puts before each name ("la Corée du Nord" is feminine, "le
/// Kremlin" masculine, "les États-Unis" plural); people agree with either gender.
/// </summary>
internal sealed class SpeakerMemory
{
    private const int SentencesBack = 3;
    private readonly IReadOnlyList<SentenceView> _sentences;
    private readonly Dictionary<EntityId, Gender> _genders;
    private readonly List<(int Sentence, int Position, Entity Speaker)> _speakers = [];

    public SpeakerMemory(IReadOnlyList<SentenceView> sentences)
    {
        _sentences = sentences;
        _genders = Genders(sentences);
    }

    [Flags]
    private enum Gender
    {
        None = 0,
        Masculine = 1,
        Feminine = 2,
        Plural = 4,
    }

    private readonly record struct Pronoun(Gender Gender, bool? Person);

    public void Said(int sentence, int position, Entity speaker) => _speakers.Add((sentence, position, speaker));

    /// <summary>The speaker most recently recorded within a few sentences before <paramref name="sentence"/>, if any.</summary>
    public Entity? Recent(int sentence, int position) =>
        _speakers.LastOrDefault(s => s.Position < position && sentence - s.Sentence <= SentencesBack).Speaker;

    /// <summary>Whom <paramref name="pronoun"/> (a folded subject or tonic pronoun) stands for at word <paramref name="word"/>.</summary>
    public Entity? Resolve(string pronoun, int sentence, int word)
    {
        var wanted = Wanted(pronoun);
        var position = _sentences[sentence].WordSpans[Math.Min(word, _sentences[sentence].Count - 1)].Start;
        var spoken = _speakers.LastOrDefault(s => s.Position < position && sentence - s.Sentence <= SentencesBack);
        if (spoken.Speaker is { } speaker && Agrees(speaker, wanted))
        {
            return speaker;
        }

        for (var s = sentence; s >= 0 && sentence - s <= 1; s--)
        {
            var mentions = _sentences[s].Mentions.Where(m => CanSpeak(m.Entity) && (s < sentence || m.Last < word));
            if (mentions.LastOrDefault(m => Agrees(m.Entity, wanted)) is { Entity: not null } found)
            {
                return found.Entity;
            }
        }

        return null;
    }

    // People, organizations and states speak; a city is a state only as its seat of power, which
    // the knowledge base already maps to the country ("Moscou" is RUS), so a geonames place does not.
    private static bool CanSpeak(Entity entity) =>
        entity.Type is EntityType.PERSON or EntityType.ORG || entity.Type == EntityType.GPE && !entity.Id.Value.StartsWith("geonames:", StringComparison.Ordinal);

    private bool Agrees(Entity entity, Pronoun wanted)
    {
        if (wanted.Person is { } person && person != (entity.Type == EntityType.PERSON))
        {
            return false;
        }

        if (entity.Type == EntityType.PERSON)
        {
            return (wanted.Gender & Gender.Plural) == 0;
        }

        var gender = _genders.GetValueOrDefault(entity.Id);
        if (gender == Gender.None || wanted.Gender == Gender.None)
        {
            return true;
        }

        return (wanted.Gender & Gender.Plural) != 0
            ? (gender & Gender.Plural) != 0
            : (gender & Gender.Plural) == 0 && (gender & wanted.Gender) != 0;
    }

    // French pronouns agree in gender and number with the name; English ones tell people from things.
    private static Pronoun Wanted(string pronoun) => pronoun switch
    {
        "il" or "lui" => new(Gender.Masculine, null),
        "elle" => new(Gender.Feminine, null),
        "ils" or "eux" => new(Gender.Plural | Gender.Masculine, null),
        "elles" => new(Gender.Plural | Gender.Feminine, null),
        "he" or "him" => new(Gender.Masculine, true),
        "she" or "her" => new(Gender.Feminine, true),
        "it" => new(Gender.None, false),
        "they" or "them" => new(Gender.Plural, null),
        _ => new(Gender.None, null),
    };

    private static Dictionary<EntityId, Gender> Genders(IReadOnlyList<SentenceView> sentences)
    {
        var genders = new Dictionary<EntityId, Gender>();
        foreach (var sentence in sentences)
        {
            foreach (var mention in sentence.Mentions)
            {
                // Some names carry their article ("la Corée du Nord"); others follow it.
                var gender = Determiner(sentence.Words[mention.First]);
                if (gender == Gender.None && mention.First > 0)
                {
                    gender = Determiner(sentence.Words[mention.First - 1]);
                }

                if (gender != Gender.None)
                {
                    genders.TryAdd(mention.Entity.Id, gender);
                }
            }
        }

        return genders;
    }

    private static Gender Determiner(string word) => word switch
    {
        "le" or "du" or "au" => Gender.Masculine,
        "la" => Gender.Feminine,
        "les" or "des" or "aux" => Gender.Plural,
        _ => Gender.None,
    };
}
