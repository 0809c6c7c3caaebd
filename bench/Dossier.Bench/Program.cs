using BenchmarkDotNet.Running;
using Dossier.Bench.Layers;
using Dossier.Bench.Store;

// `dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'` runs every benchmark;
// each area of the pipeline keeps its benchmarks in its own folder here. `-- ingest [N] [URL]`
// measures the end-to-end ingest rate instead, `-- layers PATH` each layer's cost on any corpus
// (see bench/README.md).
if (args is ["layers", .. var paths])
{
    LayerCost.Run(paths);
    return;
}

if (args is ["ingest", .. var rest])
{
    IngestThroughput.Run(rest);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
