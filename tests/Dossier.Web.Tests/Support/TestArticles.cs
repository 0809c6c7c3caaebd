namespace Dossier.Web.Tests.Support;

/// <summary>Short articles written for these tests (not taken from any corpus).</summary>
internal static class TestArticles
{
    public const string RouteFr = """
        Publié le 14 octobre 2023
        Des munitions nord-coréennes acheminées vers la Russie, selon Washington

        WASHINGTON, 14 octobre 2023 — La Corée du Nord a expédié des munitions à la Russie par bateau de Rajin à Dunay entre le 1er septembre et le 1er octobre 2023, selon la Maison Blanche. Elles ont ensuite été livrées par train près de Tikhoretsk.
        « Nous condamnons la Corée du Nord pour ces livraisons d'armes », a déclaré John Kirby, porte-parole de la Maison Blanche.
        Moscou a nié toute livraison d'armes nord-coréennes.
        """;

    public const string ShellsEn = """
        Published October 20, 2023
        Britain says Pyongyang shipped artillery shells to Moscow

        LONDON, October 20, 2023 — The United Kingdom accused North Korea on Friday of supplying artillery shells to Russia.
        "North Korea has sent shells to Russia by sea," the British defence ministry said in a statement.
        The United States imposed sanctions on Iran on Thursday.
        """;

    /// <summary>Markup and script in the text itself: the page must show it as text and run none of it.</summary>
    public const string PayloadsEn = """
        Published October 22, 2023
        Hackers post a strange statement <script>window.__dossierPwned = 1</script>

        SEOUL, October 22, 2023 — South Korea accused North Korea on Sunday of sending rockets to Russia.
        "Click <a href="javascript:window.__dossierPwned=1">here</a> and <img src=x onerror="window.__dossierPwned=1">," the spokesman John Kirby said, quoting the message.
        The text also carried <svg onload="window.__dossierPwned=1"></svg> and javascript:alert(1) in plain sight.
        """;

    /// <summary>Writes the articles into <paramref name="folder"/> and returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(string folder)
    {
        (string Name, string Text)[] files = [("route-fr.txt", RouteFr), ("shells-en.txt", ShellsEn), ("payloads-en.txt", PayloadsEn)];
        return [.. files.Select(f =>
        {
            var path = Path.Combine(folder, f.Name);
            File.WriteAllText(path, f.Text);
            return path;
        })];
    }
}
