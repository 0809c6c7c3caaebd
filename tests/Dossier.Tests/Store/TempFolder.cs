namespace Dossier.Tests.Store;

/// <summary>A fresh folder under the system's temporary folder, deleted with its content.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dossier-store-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still hold a file for a moment; the OS cleans temp.
        }
    }
}
