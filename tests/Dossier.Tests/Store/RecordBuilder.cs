using Dossier.Records;

namespace Dossier.Tests.Store;

/// <summary>
/// A contract record written by hand, for the tests of the work across articles: each test states
/// exactly which quotes, events and transfers an article has (the pipeline has tests of its own).
/// Spans are found by searching the text for the phrase given.
/// </summary>
internal sealed class RecordBuilder(string source, string published, string language, string text)
{
    private readonly List<EntityRecord> entities = [];
    private readonly List<QuoteRecord> quotes = [];
    private readonly List<EventRecord> events = [];
    private readonly List<TransferRecord> transfers = [];

    public RecordBuilder Entity(string id, string name, string type, string surface)
    {
        entities.Add(new EntityRecord(id, name, type, [Mention(surface)]));
        return this;
    }

    public RecordBuilder Quote(string phrase, string speaker, string speakerId)
    {
        var span = Span(phrase);
        quotes.Add(new QuoteRecord(span.Start, span.End, phrase, true, speaker, speakerId, "said"));
        return this;
    }

    public RecordBuilder Event(string type, string actor, string target, string? when, string status, string evidence)
    {
        events.Add(new EventRecord(type, null, actor, target, when, null, status, null, Span(evidence)));
        return this;
    }

    public RecordBuilder Transfer(string? supplier, string? recipient, string[] items, string evidence, double? quantity = null, string unit = "container", string? from = null, string status = "reported")
    {
        transfers.Add(new TransferRecord(
            supplier,
            recipient,
            items,
            quantity is { } q ? new TransferQuantityRecord(q, "exact", null, unit) : null,
            from is null ? null : new PeriodRecord(from, null),
            [],
            [],
            status,
            [],
            [Span(evidence)]));
        return this;
    }

    public ExtractionRecord Build() => new(
        "ignored", source, null, published, language, text, entities, [], [], quotes, events, transfers);

    private MentionRecord Mention(string surface)
    {
        var span = Span(surface);
        return new MentionRecord(span.Start, span.End, surface);
    }

    private SpanRecord Span(string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{phrase}\" is not in the text of {source}");
        return new SpanRecord(at, at + phrase.Length);
    }
}
