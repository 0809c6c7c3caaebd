using System.CommandLine;
using Dossier.Cli.Storage;
using Dossier.Store;
using Dossier.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dossier.Cli.Serve;

/// <summary>`dossier serve`: the REST API and the page over a store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    /// <summary>The environment variable holding the token that POST /api/articles requires (kept off the command line, which others can read).</summary>
    public const string TokenVariable = "DOSSIER_API_TOKEN";

    public static Command Create()
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (default {ServerOptions.DefaultUrl}; port 0 picks a free one).",
            DefaultValueFactory = _ => [ServerOptions.DefaultUrl],
            AllowMultipleArgumentsPerToken = true,
            HelpName = "URL",
        };
        urls.Validators.Add(result =>
        {
            foreach (var url in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
                {
                    result.AddError($"--urls takes http:// addresses such as {ServerOptions.DefaultUrl} (got \"{url}\").");
                }
            }
        });
        var maxBytes = new Option<long>("--max-article-bytes")
        {
            Description = "The largest article POST /api/articles accepts, in bytes of JSON.",
            DefaultValueFactory = _ => ServerOptions.DefaultMaxArticleBytes,
            HelpName = "N",
        };
        var store = new StoreOptions();
        var command = new Command("serve", $"Serve the REST API and the page over the store. POST /api/articles is open on loopback, or with the token in ${TokenVariable}.")
        {
            urls, maxBytes,
        };
        store.AddTo(command);
        command.SetAction((parse, cancel) => StoreOptions.GuardAsync(async () =>
        {
            var token = Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } set ? set : null;
            var options = new ServerOptions(parse.GetValue(store.Db) ?? StoreOptions.DefaultFile, parse.GetValue(urls) ?? [ServerOptions.DefaultUrl], token, parse.GetValue(maxBytes));
            // Opening the writer first creates or migrates the file, so the readers find the tables.
            var writer = store.Opener(parse)();
            await using var app = DossierServer.Build(options, writer);
            try
            {
                await app.StartAsync(cancel);
            }
            catch (IOException error)
            {
                // Most often the port is taken by another server.
                await Console.Error.WriteLineAsync($"dossier: cannot listen on {string.Join(' ', options.Urls)} ({error.Message})");
                return ExitCodes.SomeInputsFailed;
            }

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var ingest = token is not null ? "with the token" : Loopback.Only(options.Urls) ? "from this machine" : "disabled (no token)";
            if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "leaflet", "leaflet.js")))
            {
                await Console.Error.WriteLineAsync("dossier: the page's libraries are missing (run tools/web/build-page.sh, then build again); the API works without them");
            }

            Console.WriteLine($"dossier: serving {options.DatabasePath} on {string.Join(' ', addresses)} (adding articles: {ingest}); Ctrl+C stops");
            await app.WaitForShutdownAsync(cancel);
            return ExitCodes.Success;
        }));
        return command;
    }
}
