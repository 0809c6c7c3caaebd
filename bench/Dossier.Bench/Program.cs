using BenchmarkDotNet.Running;
using Dossier.Bench.Store;

// `dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'` runs every benchmark;
// each area of the pipeline keeps its benchmarks in its own folder here. `-- ingest [N] [URL]`
// measures the end-to-end ingest rate instead (see bench/README.md).
if (args is ["ingest", .. var rest])
{
    IngestThroughput.Run(rest);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
