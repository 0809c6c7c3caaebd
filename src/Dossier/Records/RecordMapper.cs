using System.Security.Cryptography;
using System.Text;
using Dossier.Articles;
using Dossier.Entities;
using Dossier.Events;
using Dossier.Language;
using Dossier.Metadata;
using Dossier.Quantities;
using Dossier.Quotes;
using Dossier.Times;
using Dossier.Transfers;

namespace Dossier.Records;

/// <summary>Turns a processed <see cref="Article"/> into its contract record. Missing layers become empty arrays.</summary>
public static class RecordMapper
{
    public static ExtractionRecord ToRecord(Article article)
    {
        var text = article.Text;
        var metadata = article.TryGet<ArticleMetadata>();
        return new ExtractionRecord(
            Id: article.Source.Hints.Id ?? ContentId(text),
            Source: article.Source.Location,
            Title: metadata?.Title,
            Published: metadata?.Published?.ToIso(),
            Language: article.TryGet<DetectedLanguage>()?.Code,
            Text: text,
            Entities: Entities(article),
            Quantities: Quantities(article),
            Times: Times(article),
            Quotes: Quotes(article),
            Events: Events(article),
            Transfers: Transfers(article));
    }

    /// <summary>The stable id of an article: a hash of its cleaned text.</summary>
    public static string ContentId(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    private static MentionRecord Mention(string text, TextSpan span) => new(span.Start, span.End, span.Of(text));

    private static SpanRecord Span(TextSpan span) => new(span.Start, span.End);

    private static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNaming.SnakeCase(value.ToString());

    private static List<EntityRecord> Entities(Article article) =>
        article.TryGet<EntityLayer>()?.Entities
            .Select(e => new EntityRecord(e.Id.Value, e.Name, e.Type.ToString(), e.Mentions.Select(m => Mention(article.Text, m)).ToList()))
            .ToList() ?? [];

    private static List<QuantityRecord> Quantities(Article article) =>
        article.TryGet<QuantityLayer>()?.Quantities
            .Select(q => new QuantityRecord(q.Span.Start, q.Span.End, article.Slice(q.Span), q.Value, Lower(q.Approx), q.ValueMax, q.Unit, q.Per))
            .ToList() ?? [];

    private static List<TimeRecord> Times(Article article) =>
        article.TryGet<TimeLayer>()?.Times
            .Select(t => new TimeRecord(t.Span.Start, t.Span.End, article.Slice(t.Span), t.Type.ToString(), t.Value))
            .ToList() ?? [];

    private static List<QuoteRecord> Quotes(Article article) =>
        article.TryGet<QuoteLayer>()?.Quotes
            .Select(q => new QuoteRecord(
                q.Span.Start,
                q.Span.End,
                article.Slice(q.Span),
                q.Direct,
                q.Speaker?.Name,
                q.Speaker?.Id.Value,
                q.Cue is { } cue ? article.Slice(cue) : null))
            .ToList() ?? [];

    private static List<EventRecord> Events(Article article) =>
        article.TryGet<EventLayer>()?.Events
            .Select(e => new EventRecord(
                e.Type.ToString(),
                e.Mode,
                e.Actor?.Value,
                e.Target?.Value,
                e.When,
                e.Where?.Value,
                Lower(e.Status),
                e.AttributedTo?.Value,
                Span(e.Evidence)))
            .ToList() ?? [];

    private static List<TransferRecord> Transfers(Article article) =>
        article.TryGet<TransferLayer>()?.Transfers
            .Select(t => new TransferRecord(
                t.Supplier?.Value,
                t.Recipient?.Value,
                t.Items,
                t.Quantity is { } q ? new TransferQuantityRecord(q.Value, Lower(q.Approx), q.ValueMax, q.Unit) : null,
                t.Period is { } p ? new PeriodRecord(p.From, p.To) : null,
                t.Route.Select(r => r.Value).ToList(),
                t.Legs.Select(l => new LegRecord(l.From?.Value, l.To.Value, l.Mode is { } mode ? Lower(mode) : null, Span(l.Evidence))).ToList(),
                Lower(t.Status),
                t.AttributedTo.Select(a => a.Value).ToList(),
                t.Evidence.Select(Span).ToList()))
            .ToList() ?? [];
}
