using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'` runs every benchmark;
// each area of the pipeline keeps its benchmarks in its own folder here.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
