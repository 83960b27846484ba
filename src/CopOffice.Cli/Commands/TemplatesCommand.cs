using System.CommandLine;
using CopOffice.Intake;
using CopOffice.Intake.Lists;
using CopOffice.Questionnaires;
using CopOffice.Templates;

namespace CopOffice.Cli.Commands;

/// <summary><c>copoffice templates --out DIR [--communities FILE]</c></summary>
public static class TemplatesCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder to write the templates into (created if missing). Existing templates there are replaced.",
            Required = true,
        };
        var communities = new Option<FileInfo?>("--communities")
        {
            Description = "A .csv or .xlsx list with a \"Community\" column and optionally an \"Organisational unit\" column: turns those template fields into dropdowns.",
        };
        var command = new Command("templates", "Write the Excel templates (value survey, community health check, leadership-roles analysis) and the Microsoft Forms question lists.")
        {
            output,
            communities,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(output), parse.GetValue(communities), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(DirectoryInfo output, FileInfo? communities, TextWriter stdout, TextWriter stderr)
    {
        OrganisationLists lists;
        try
        {
            // Read the list before writing anything: a bad list must leave the folder untouched.
            lists = communities is null ? OrganisationLists.None : CommunityListReader.Read(communities.FullName);
        }
        catch (InputFileException e)
        {
            stderr.WriteLine($"copoffice templates: {e.Message}");
            return ExitCodes.BadInput;
        }

        var written = TemplateSet.Write(output.FullName, lists);
        stdout.WriteLine($"Wrote {written.Count} files to {output.FullName}:");
        foreach (var file in written) stdout.WriteLine($"  {file}");
        var framework = Framework.ValueFramework.Active;
        if (framework.Version > 1)
        {
            stdout.WriteLine($"Framework: {framework.Source}, version {framework.Version}:");
            foreach (var change in framework.Changes()) stdout.WriteLine($"  {change}");
        }
        if (communities is not null)
            stdout.WriteLine($"Community and unit dropdowns: {lists.Communities.Count} communities, {lists.Units.Count} units from {communities.Name}.");
        return ExitCodes.Success;
    }
}
