using System.Text;
using Dossier.Articles;
using Dossier.Pipeline;

namespace Dossier.Cleaning;

/// <summary>Sets <see cref="Article.Text"/>: the body paragraphs, one per line, without site chrome.</summary>
public sealed class CleaningStep : Step<Paragraphs>
{
    public override string Name => "clean";

    protected override Paragraphs Produce(Article article)
    {
        var (paragraphs, page) = article.Source.Format == RawFormat.Html
            ? HtmlBody.Read(article.Source.Raw)
            : (TextBody.Paragraphs(article.Source.Raw), null);

        var text = new StringBuilder();
        var spans = new List<TextSpan>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            spans.Add(new TextSpan(text.Length, text.Length + paragraph.Length));
            text.Append(paragraph);
        }

        article.Text = text.ToString();
        return new Paragraphs(spans, page);
    }
}
