using Dossier.Store;

namespace Dossier.Cli.Ingest;

/// <summary>What an ingest has done so far, for progress and the closing line.</summary>
internal sealed class IngestTally
{
    public int Stored { get; private set; }

    public int AlreadyStored { get; private set; }

    public int Failed { get; private set; }

    public int Done => Stored + AlreadyStored + Failed;

    public void Count(IngestOutcome outcome)
    {
        if (outcome == IngestOutcome.Stored)
        {
            Stored++;
        }
        else
        {
            AlreadyStored++;
        }
    }

    public void CountFailure() => Failed++;

    public string Summary(TimeSpan elapsed) =>
        $"{Stored} stored, {AlreadyStored} already stored, {Failed} failed in {elapsed.TotalSeconds:0.0} s ({Rate(elapsed):0} articles/s)";

    public double Rate(TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? Done / elapsed.TotalSeconds : 0;
}
