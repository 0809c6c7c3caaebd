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
}
