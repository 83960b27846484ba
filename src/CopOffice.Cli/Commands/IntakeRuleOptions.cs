using System.CommandLine;
using CopOffice.Intake.Lists;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Cli.Commands;

/// <summary>
/// <c>--roster FILE</c> and <c>--communities FILE</c>: what responses are checked against, shared by
/// the commands that read responses. Both files are read before any input, so a bad list stops the
/// command instead of rejecting every response.
/// </summary>
internal sealed class IntakeRuleOptions
{
    public Option<FileInfo?> Roster { get; } = new("--roster")
    {
        Description = "A .csv or .xlsx roster (member, email, organisational unit, community, member type): completes responses, warns about members not on it, and gives response rates.",
    };

    public Option<FileInfo?> Communities { get; } = new("--communities")
    {
        Description = "A .csv or .xlsx list with a \"Community\" column and optionally an \"Organisational unit\" column: responses must name one of its communities.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Roster);
        command.Options.Add(Communities);
    }

    /// <summary>The rules; throws InputFileException naming the file and row of a list that cannot be used.</summary>
    public IntakeRules Read(ParseResult parse) => new()
    {
        Roster = parse.GetValue(Roster) is { } roster ? RosterReader.Read(roster.FullName) : Responses.Roster.Empty,
        Lists = parse.GetValue(Communities) is { } list ? CommunityListReader.Read(list.FullName) : OrganisationLists.None,
    };
}
