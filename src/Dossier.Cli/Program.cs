using System.CommandLine;
using Dossier.Cli.Extract;

var root = new RootCommand("Dossier turns news articles into a sourced, structured record.");
root.Subcommands.Add(ExtractCommand.Create());
return await root.Parse(args).InvokeAsync();
