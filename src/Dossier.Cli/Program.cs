using System.CommandLine;
using Dossier.Cli.Extract;
using Dossier.Cli.Ingest;
using Dossier.Cli.Search;
using Dossier.Cli.Serve;

var root = new RootCommand("Dossier turns news articles into a sourced, structured record.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
return await root.Parse(args).InvokeAsync();
