using System.CommandLine;
using Dossier.Cli.Extract;
using Dossier.Cli.Ingest;
using Dossier.Cli.Search;

var root = new RootCommand("Dossier turns news articles into a sourced, structured record.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
return await root.Parse(args).InvokeAsync();
