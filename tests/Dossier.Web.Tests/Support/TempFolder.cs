namespace Dossier.Web.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder, deleted with its content.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dossier-web-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A server just killed may still hold its files for a moment; the OS cleans temp.
        }
    }
}
