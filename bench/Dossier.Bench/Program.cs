using BenchmarkDotNet.Running;
using Dossier.Bench.Layers;
using Dossier.Bench.Store;
using Dossier.Bench.Throughput;
using Dossier.Bench.Web;

// `dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'` runs every benchmark;
// each area of the pipeline keeps its benchmarks in its own folder here. `-- ingest [N] [URL]`
// measures the end-to-end ingest rate instead, `-- worker N URL [BATCH]` the rate of workers
// draining a queue, `-- throughput [N] [FOLDER]` the extraction rate
// on a corpus generated from samples/, `-- layers PATH` each layer's cost on any corpus;
// `-- store N FILE` grows a store and measures copy lookup and search as it grows, `-- search
// LOCATION N` measures search on a store so grown, and
// `-- web URL [CLIENTS] [SECONDS]` loads a running `dossier serve` (see bench/README.md).
switch (args)
{
    case ["layers", .. var paths]:
        LayerCost.Run(paths);
        return;
    case ["throughput", .. var options]:
        ExtractThroughput.Run(options);
        return;
    case ["ingest", .. var rest]:
        IngestThroughput.Run(rest);
        return;
    case ["worker", .. var rest]:
        WorkerThroughput.Run(rest);
        return;
    case ["web", .. var rest]:
        await LoadGenerator.Run(rest);
        return;
    case ["store", .. var options]:
        StoreScale.Run(options);
        return;
    case ["search", .. var options]:
        SearchProbes.Run(options);
        return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
