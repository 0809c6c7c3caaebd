using Dossier.Reading;

namespace Dossier.Tests.Reading;

public sealed class InputExpanderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-expand-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }

    [Fact]
    public void FolderGivesItsArticlesRecursivelyInOrderAndSkipsOtherFiles()
    {
        var b = Write("b/story.html");
        var a = Write("a.txt");
        var c = Write("c/feed.jsonl.gz");
        Write("README.md");
        Write("manifest.json");
        Write(".hidden.txt");

        Assert.Equal([a, b, c], InputExpander.Expand([_folder]));
    }

    [Fact]
    public void FileNamedExplicitlyIsReadWhateverItsExtension()
    {
        var notes = Write("notes.md");
        Assert.Equal([notes, "-", "missing.txt"], InputExpander.Expand([notes, "-", "missing.txt"]));
    }

    [Fact]
    public void GlobsTheShellLeftAloneAreExpandedInOrder()
    {
        var b = Write("2024/03/b.html");
        var a = Write("2024/a.html");
        Write("2024/a.txt");
        var deep = Write("2024/03/05/c.html.gz");

        Assert.Equal([a], InputExpander.Expand([Path.Combine(_folder, "2024", "*.html")]));
        Assert.Equal([b, a], InputExpander.Expand([Path.Combine(_folder, "**", "?.html")]));
        Assert.Equal([deep], InputExpander.Expand([Path.Combine(_folder, "2024", "**", "*.gz")]));
    }

    [Fact]
    public void GlobMatchingNothingIsPassedOnToBeReportedByName()
    {
        var pattern = Path.Combine(_folder, "*.xml");

        Assert.Equal([pattern], InputExpander.Expand([pattern]));
    }
}
