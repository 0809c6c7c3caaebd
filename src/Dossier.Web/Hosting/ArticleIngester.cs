using Dossier.Articles;
using Dossier.Pipeline;
using Dossier.Records;
using Dossier.Store;
using Dossier.Web.Api;

namespace Dossier.Web.Hosting;

/// <summary>
/// Extracts posted articles with the standard pipeline and writes them through the one writing
/// store of the process, one at a time (the store is single-threaded; reads do not wait for it).
/// </summary>
internal sealed class ArticleIngester(IArticleStore store) : IDisposable
{
    private readonly Lazy<ArticlePipeline> pipeline = new(StandardPipeline.Create);
    private readonly Lock writing = new();

    public IngestResult Ingest(IngestRequest request)
    {
        var html = !string.IsNullOrWhiteSpace(request.Html);
        var source = new ArticleSource(
            request.Source ?? "api",
            html ? request.Html! : request.Text!,
            html ? RawFormat.Html : RawFormat.PlainText,
            new SourceHints(null, null, request.Title, request.Published, request.Language));
        var record = RecordMapper.ToRecord(pipeline.Value.Process(source));
        var id = ArticleIds.Of(record);
        if (string.IsNullOrWhiteSpace(record.Text))
        {
            return new IngestResult(id, IngestResult.NoText, "");
        }

        IngestOutcome outcome;
        lock (writing)
        {
            outcome = store.Add(record);
        }

        return new IngestResult(id, outcome == IngestOutcome.Stored ? IngestResult.Stored : IngestResult.AlreadyStored, $"/api/articles/{id}");
    }

    public void Dispose() => store.Dispose();
}
