using BenchmarkDotNet.Running;
using Dossier.Bench.Store;
using Dossier.Bench.Throughput;

// `dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'` runs every benchmark;
// each area of the pipeline keeps its benchmarks in its own folder here. `-- ingest [N] [URL]`
// measures the end-to-end ingest rate instead, `-- throughput [N] [FOLDER]` the extraction rate
// on a corpus generated from samples/ (see bench/README.md).
if (args is ["ingest", .. var rest])
{
    IngestThroughput.Run(rest);
    return;
}

if (args is ["throughput", .. var options])
{
    ExtractThroughput.Run(options);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
