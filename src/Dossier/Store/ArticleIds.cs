using Dossier.Records;

namespace Dossier.Store;

/// <summary>The store's key for an article: the hash of its cleaned text, whatever id the input gave it.</summary>
public static class ArticleIds
{
    public static string Of(ExtractionRecord record) => RecordMapper.ContentId(record.Text);
}
