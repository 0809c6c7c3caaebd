namespace Dossier.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some inputs could not be read or processed; the others were written.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>The store cannot be opened or written (corrupt, locked, unreachable).</summary>
    public const int StoreUnavailable = 3;

    /// <summary>What the command names (a story id) is not in the store.</summary>
    public const int NotFound = 4;
}
