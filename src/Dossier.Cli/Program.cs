using System.CommandLine;
using Dossier.Cli;
using Dossier.Cli.Articles;
using Dossier.Cli.Export;
using Dossier.Cli.Extract;
using Dossier.Cli.Facts;
using Dossier.Cli.Ingest;
using Dossier.Cli.Search;
using Dossier.Cli.Stories;
using Dossier.Cli.Worker;
using Dossier.Cli.Serve;

var root = new RootCommand("Dossier turns news articles into a sourced, structured record.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(StoriesCommand.List());
root.Subcommands.Add(StoriesCommand.Show());
root.Subcommands.Add(ArticleCommand.Create());
root.Subcommands.Add(TimelineCommand.Create());
root.Subcommands.Add(TransfersCommand.Create());
root.Subcommands.Add(FactsCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
var parse = root.Parse(args);
var exitCode = await parse.InvokeAsync();
// A wrong command line is told apart from a failed run (README: exit code 2).
return parse.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
