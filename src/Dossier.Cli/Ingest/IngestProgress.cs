using System.Diagnostics;
using Spectre.Console;

namespace Dossier.Cli.Ingest;

/// <summary>
/// Where an ingest says how it is going, always on standard error so standard output stays free:
/// a live bar with rate and time left on a terminal, a plain line now and then otherwise (logs, CI).
/// </summary>
internal abstract class IngestProgress
{
    protected IngestProgress(IngestTally tally) => Tally = tally;

    protected IngestTally Tally { get; }

    protected Stopwatch Clock { get; } = Stopwatch.StartNew();

    /// <summary>Runs <paramref name="work"/> with the progress display that suits standard error.</summary>
    public static void Show(int inputs, IngestTally tally, Action<IngestProgress> work)
    {
        if (Console.IsErrorRedirected)
        {
            var lines = new LineProgress(tally);
            work(lines);
            lines.Finish();
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var bar = new BarProgress(tally, console, context.AddTask("ingest", maxValue: Math.Max(inputs, 1)));
                work(bar);
                bar.Finish();
            });
    }

    /// <summary>Articles were handled (stored, found stored, or failed: the tally says which).</summary>
    public abstract void Advanced();

    public abstract void Failed(string error);

    protected abstract void Finish();

    private sealed class LineProgress(IngestTally tally) : IngestProgress(tally)
    {
        private TimeSpan lastLine = TimeSpan.Zero;

        public override void Advanced()
        {
            if (Clock.Elapsed - lastLine >= TimeSpan.FromSeconds(2))
            {
                lastLine = Clock.Elapsed;
                Console.Error.WriteLine($"dossier: ingest: {Tally.Summary(Clock.Elapsed)}");
            }
        }

        public override void Failed(string error) => Console.Error.WriteLine($"dossier: {error}");

        protected override void Finish() => Console.Error.WriteLine($"dossier: ingest: {Tally.Summary(Clock.Elapsed)}");
    }

    private sealed class BarProgress(IngestTally tally, IAnsiConsole console, ProgressTask task) : IngestProgress(tally)
    {
        public override void Advanced()
        {
            // An archive holds more articles than the files counted up front: grow the bar instead of overflowing it.
            task.MaxValue = Math.Max(task.MaxValue, Tally.Done);
            task.Value = Tally.Done;
            task.Description = $"ingest [grey]{Tally.Rate(Clock.Elapsed):0}/s[/]";
        }

        public override void Failed(string error) => console.MarkupLineInterpolated($"[red]dossier: {error}[/]");

        protected override void Finish()
        {
            task.Value = task.MaxValue;
            console.MarkupLineInterpolated($"dossier: ingest: {Tally.Summary(Clock.Elapsed)}");
        }
    }
}
