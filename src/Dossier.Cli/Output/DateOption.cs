using System.CommandLine;
using System.Text.RegularExpressions;

namespace Dossier.Cli.Output;

/// <summary>A date option as precise as the user wants: "2023", "2023-10" or "2023-10-14".</summary>
internal static partial class DateOption
{
    public static Option<string?> Create(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "DATE" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !IsoDate().IsMatch(value))
            {
                result.AddError($"{name} must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got \"{value}\").");
            }
        });
        return option;
    }

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();
}
