namespace Dossier.Store;

// What the store answers about the work across articles. Plain data, serialized as the CLI's
// --json and the API's responses.

/// <param name="Articles">Articles in the story, copies included.</param>
/// <param name="IndependentArticles">Articles that are not copies of another.</param>
public sealed record StorySummary(string Id, string Label, long Articles, long IndependentArticles, string? FirstPublished, string? LastPublished);

/// <param name="DuplicateOf">The article this one copies, or null for an original.</param>
public sealed record StoryArticle(string Id, string Source, string? Title, string? Published, string? Language, string? DuplicateOf);

/// <param name="Merged">Stories that converged with this one and were merged into it: their ids lead here.</param>
public sealed record StoryDetail(StorySummary Story, IReadOnlyList<StoryArticle> Articles, IReadOnlyList<Fact> Facts, IReadOnlyList<string> Merged);

/// <summary>A story merged into another when they converged; its id still answers, with the survivor.</summary>
/// <param name="Label">Its label when it was merged.</param>
public sealed record MergedStory(string Id, string Label, string MergedInto, string MergedIntoLabel);

/// <summary>One stored article and how it stands among the others: whom it copies, who copies it, its story.</summary>
/// <param name="Original">The article this one copies whole (the first of a chain of copies), or null.</param>
/// <param name="Copies">The articles that copy this one whole, in arrival order.</param>
/// <param name="SharedParagraphs">Its paragraphs that another article reprints or took them from, without either being a whole copy.</param>
/// <param name="Story">The story it belongs to.</param>
public sealed record ArticleDetail(StoryArticle Article, StoryArticle? Original, IReadOnlyList<StoryArticle> Copies, IReadOnlyList<ParagraphCopy> SharedParagraphs, StorySummary? Story);

/// <summary>One paragraph of an article found word for word in another.</summary>
/// <param name="Paragraph">Its ordinal in this article, counting non-blank lines from 0.</param>
/// <param name="Relation">"reprints" when this article took it from the other (which had it first), "reprinted_by" when the other took it from this one.</param>
/// <param name="OtherParagraph">Its ordinal in the other article.</param>
public sealed record ParagraphCopy(int Paragraph, string Text, string Relation, string OtherId, string OtherSource, int OtherParagraph);

/// <summary>One article's statement of a fact: where it says it, how (status), and how much (transfers).</summary>
public sealed record FactSource(string ArticleId, string Source, string? Published, int Ordinal, string? Status, string? Date, string? Quantity, int? Start, int? End, string? Excerpt);

/// <summary>
/// One real-world fact (a quote, an event or a transfer) as every article that states it.
/// </summary>
/// <param name="Date">The most precise date its sources give (TIMEX3), or null.</param>
/// <param name="IndependentSources">Articles stating it, a copy and its original counted once.</param>
/// <param name="EarliestReport">The earliest publication date among its sources.</param>
public sealed record Fact(string Id, string Kind, string Label, string? Date, long IndependentSources, string? EarliestReport, IReadOnlyList<FactSource> Sources);

/// <summary>A fact whose sources disagree, and how.</summary>
public sealed record Contradiction(string Reason, Fact Fact);

/// <summary>A dated event or transfer, placed by its own date (not its publication date).</summary>
/// <param name="Precision">year, month, week, day or time.</param>
public sealed record TimelineEntry(string Date, string Precision, Fact Fact);

/// <summary>Paragraphs one article reprints from another, without being a whole copy of it.</summary>
/// <param name="Paragraphs">Each shared paragraph as (its ordinal in the copy, its ordinal in the original), counting non-blank lines from 0.</param>
public sealed record PartialCopy(string CopyId, string CopySource, string OriginalId, string OriginalSource, IReadOnlyList<SharedParagraph> Paragraphs);

public sealed record SharedParagraph(int Paragraph, int OriginalParagraph);
