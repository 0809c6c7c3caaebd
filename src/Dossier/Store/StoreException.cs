namespace Dossier.Store;

/// <summary>
/// The store cannot be used as it is (a corrupt or foreign file, a lock held too long, a server that
/// refuses): an expected failure the command reports by naming the store, not a bug.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
