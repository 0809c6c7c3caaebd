using System.Text.RegularExpressions;
using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Pipeline;

namespace Dossier.Tokens;

/// <summary>Splits the text into tokens and sentences.</summary>
public sealed partial class TokenStep : Step<TokenLayer>
{
    public override string Name => "tokens";

    public override IReadOnlyList<Type> Requires => [typeof(Paragraphs)];

    protected override TokenLayer Produce(Article article)
    {
        var text = article.Text;
        var tokens = new List<Token>();
        var sentences = new List<TextSpan>();
        var sentenceStart = -1;
        foreach (Match match in TokenPattern().Matches(text))
        {
            if (sentenceStart < 0)
            {
                sentenceStart = match.Index;
            }

            var kind = match.Groups["url"].Success ? TokenKind.Url
                : match.Groups["num"].Success ? TokenKind.Number
                : match.Groups["word"].Success ? TokenKind.Word
                : char.IsPunctuation(text[match.Index]) ? TokenKind.Punctuation : TokenKind.Symbol;
            var span = new TextSpan(match.Index, match.Index + match.Length);
            tokens.Add(new Token(span, kind, sentences.Count));
            if (EndsSentence(text, span, kind) && !AfterAbbreviation(text, tokens))
            {
                sentences.Add(new TextSpan(sentenceStart, span.End));
                sentenceStart = -1;
            }
        }

        if (sentenceStart >= 0)
        {
            sentences.Add(new TextSpan(sentenceStart, tokens[^1].Span.End));
        }

        return new TokenLayer(tokens, sentences);
    }

    /// <summary>The token spans of any text, as the step cuts them: rule data is cut the same way.</summary>
    public static IEnumerable<TextSpan> Spans(string text) =>
        TokenPattern().Matches(text).Select(m => new TextSpan(m.Index, m.Index + m.Length));

    private static bool EndsSentence(string text, TextSpan span, TokenKind kind)
    {
        if (span.End >= text.Length || text[span.End] == '\n')
        {
            return true;
        }

        return kind == TokenKind.Punctuation && text[span.Start] is '.' or '!' or '?' && span.End < text.Length && char.IsWhiteSpace(text[span.End]);
    }

    // "M. Kirby", "Dr. Smith", "J. Kirby": the period of a title or an initial does not end the sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Mr", "Mrs", "Ms", "Gen", "Gén", "Lt", "Col", "Sgt", "Adm", "Sen", "Rep", "Gov", "No", "vs",
    };

    private static bool AfterAbbreviation(string text, List<Token> tokens)
    {
        if (tokens.Count < 2 || text[tokens[^1].Span.Start] != '.')
        {
            return false;
        }

        var before = tokens[^2];
        if (before.Kind != TokenKind.Word || before.Span.End != tokens[^1].Span.Start)
        {
            return false;
        }

        var word = text.Substring(before.Span.Start, before.Span.Length);
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    [GeneratedRegex(@"(?<url>https?://\S+[^\s.,;:!?)»”])|(?<num>\d+(?:[\u00A0\u202F ,.]\d{3})*(?:[.,]\d+)?)|(?<word>\w+(?:[-'’]\w+)*)|\S")]
    private static partial Regex TokenPattern();
}
