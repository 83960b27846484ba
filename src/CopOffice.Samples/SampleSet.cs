using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using CopOffice.Templates;

namespace CopOffice.Samples;

/// <summary>What a sample set holds.</summary>
public sealed record SampleSetSummary(int TemplateFiles, int FormsRows, int FlawedFiles, string IntakeFolder, string RosterFile, string CommunitiesFile)
{
    /// <summary>The programme lead's record of the organisation's programme, as <c>--programme</c> reads it.</summary>
    public string? ProgrammeFile { get; init; }
}

/// <summary>
/// Writes a sample organisation as the files people would produce: filled templates (members
/// answer by template or through Microsoft Forms), the coordinators' health checks and roles
/// analyses, a roster and a community list, and a handful of flawed files that the intake must
/// reject or supersede with a clear reason.
/// </summary>
public static class SampleSet
{
    public const string IntakeFolder = "intake";
    public const string RosterFile = "roster.xlsx";
    public const string CommunitiesFile = "communities.csv";
    public const string ProgrammeFile = "programme.csv";

    public static SampleSetSummary Write(string folder, SampleSize size, int seed = 2026)
    {
        var organisation = new SampleOrganisation(size, seed);
        var answers = new SampleAnswers(organisation, seed);
        var lists = new OrganisationLists(organisation.Listed, organisation.Units);
        var filler = new TemplateFiller(lists);
        var followUps = new SampleFollowUps(seed);
        var intake = Path.Combine(folder, IntakeFolder);
        Directory.CreateDirectory(intake);
        int templates = 0, formsRows = 0;

        for (var p = 0; p < organisation.Periods.Count; p++)
        {
            var period = organisation.Periods[p];
            var time = PeriodEnd(period);
            var formsRowsOfPeriod = new List<FormsRow>();
            foreach (var member in organisation.Members)
            {
                var random = new Random(StableSeed.Of(seed, member.Email, period.ToString(), "channel"));
                if (random.NextDouble() > 0.8) continue; // did not respond this period
                var filled = answers.ValueSurvey(member, period, p);
                if (random.NextDouble() < 0.55)
                {
                    followUps.Told(member, period, filled);
                    var id = formsRowsOfPeriod.Count + 1;
                    var completion = time.AddDays(-random.Next(1, 20)).AddMinutes(random.Next(0, 600));
                    formsRowsOfPeriod.Add(new FormsRow(id, completion.AddMinutes(-random.Next(4, 15)), completion, member.Email, member.Name, filled));
                    continue;
                }
                var path = Path.Combine(intake, "value-survey", Slug(member.Community), period.ToString(), $"{member.Email.Split('@')[0]}.xlsx");
                var personal = followUps.FollowedUp(member, period, filled);   // a personal template: earlier stories followed up
                followUps.Told(member, period, filled);
                WriteFile(path, stream => filler.Fill(TemplateKind.ValueSurvey, personal, stream), time.AddDays(-random.Next(1, 20)));
                templates++;
            }
            if (formsRowsOfPeriod.Count > 0)
            {
                // One anonymous respondent per export: Forms leaves the identity columns as "anonymous".
                var last = formsRowsOfPeriod[^1];
                followUps.Forget(last.Email, period);
                var anonymousAnswers = new Dictionary<string, object?>(last.Answers) { [AnswerNames.Name] = null, [AnswerNames.Email] = null };
                formsRowsOfPeriod[^1] = last with { Email = "anonymous", Name = "", Answers = anonymousAnswers };
                WriteFile(Path.Combine(intake, "forms", $"Value survey {period}.xlsx"),
                    stream => FormsExportWriter.Write(stream, FormsSurveys.For(Questionnaire.ValueSurvey), formsRowsOfPeriod), time);
                formsRows += formsRowsOfPeriod.Count;
            }
            foreach (var community in organisation.Communities)
            {
                WriteFile(Path.Combine(intake, "health-check", $"{Slug(community)}-{period}.xlsx"),
                    stream => filler.Fill(TemplateKind.HealthCheck, answers.HealthCheck(community, period, p), stream), time);
                templates++;
            }
        }
        // Action plans after each report but the first: the coordinator commits, then updates the statuses.
        for (var p = 1; p < organisation.Periods.Count; p++)
            foreach (var community in organisation.Communities)
            {
                var period = organisation.Periods[p];
                WriteFile(Path.Combine(intake, "action-plan", $"{Slug(community)}-{period}.xlsx"),
                    stream => filler.Fill(TemplateKind.ActionPlan, answers.ActionPlan(community, period, p - 1), stream), PeriodEnd(period));
                templates++;
            }
        // Readiness once a year: each community's forming check of the first period; the pilot's of the latest.
        var first = organisation.Periods[0];
        foreach (var community in organisation.Communities)
        {
            WriteFile(Path.Combine(intake, "forming-check", $"{Slug(community)}-{first}.xlsx"),
                stream => filler.Fill(TemplateKind.FormingCheck, answers.FormingCheck(community, first, established: true), stream), PeriodEnd(first));
            templates++;
        }
        WriteFile(Path.Combine(intake, "forming-check", $"{Slug(organisation.Forming)}-{organisation.Periods[^1]}.xlsx"),
            stream => filler.Fill(TemplateKind.FormingCheck, answers.FormingCheck(organisation.Forming, organisation.Periods[^1], established: false), stream), PeriodEnd(organisation.Periods[^1]));
        templates++;
        var latest = organisation.Periods[^1];
        foreach (var community in organisation.Communities)
        {
            WriteFile(Path.Combine(intake, "leadership-roles", $"{Slug(community)}-{latest}.xlsx"),
                stream => filler.Fill(TemplateKind.LeadershipRoles, answers.LeadershipRoles(community, latest), stream), PeriodEnd(latest));
            templates++;
        }

        var flawed = FlawedFiles.Write(Path.Combine(intake, "flawed"), organisation, answers, filler, PeriodEnd(latest));
        WriteRoster(Path.Combine(folder, RosterFile), organisation);
        File.WriteAllText(Path.Combine(folder, CommunitiesFile), CommunityList(organisation), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, ProgrammeFile), Programme(), new UTF8Encoding(false));
        return new SampleSetSummary(templates, formsRows, flawed, intake, Path.Combine(folder, RosterFile), Path.Combine(folder, CommunitiesFile))
        {
            ProgrammeFile = Path.Combine(folder, ProgrammeFile),
        };
    }

    internal static void WriteFile(string path, Action<Stream> write, DateTime time)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = File.Create(path)) write(stream);
        // File times decide which of two submissions is the later one.
        File.SetLastWriteTimeUtc(path, time);
    }

    internal static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    internal static DateTime PeriodEnd(Period period) =>
        new DateTime(period.Year, period.Quarter * 3, 1, 12, 0, 0, DateTimeKind.Utc).AddMonths(1).AddDays(-1);

    private static void WriteRoster(string path, SampleOrganisation organisation)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Roster");
        string[] header = ["Member", "Email", "Organisational unit", "Community", "Member type"];
        for (var c = 0; c < header.Length; c++) sheet.Cell(1, c + 1).SetValue(header[c]);
        var row = 2;
        foreach (var m in organisation.Members)
        {
            string[] values = [m.Name, m.Email, m.Unit, m.Community, m.MemberType];
            for (var c = 0; c < values.Length; c++) sheet.Cell(row, c + 1).SetValue(values[c]);
            row++;
        }
        sheet.Range(1, 1, row - 1, header.Length).CreateTable("Roster");
        double[] widths = [24, 34, 20, 22, 18];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
        workbook.SaveAs(path);
    }

    /// <summary>A programme lead a year in: the first steps done, getting going under way, integrating not started.</summary>
    private static string Programme() =>
        "Action,Status,Notes\n" +
        "Conduct workshops to educate management and potential members about the approach,done,Two workshops for unit heads in 2026-Q1\n" +
        "Articulate a strategic value proposition,done,Agreed with the board in March\n" +
        "\"Provide some process support, coaching, and logistic assistance\",under way,\n" +
        "Have a few pilot communities going as soon as possible,done,\n" +
        "Find sponsors to encourage participation,under way,Two of six communities have a sponsor\n" +
        "Identify and remove obvious barriers,not started,\n";

    private static string CommunityList(SampleOrganisation organisation)
    {
        var csv = new StringBuilder("Community,Organisational unit\n");
        var communities = organisation.Listed;
        for (var i = 0; i < Math.Max(communities.Count, organisation.Units.Count); i++)
            csv.Append(CultureInfo.InvariantCulture, $"{(i < communities.Count ? communities[i] : "")},{(i < organisation.Units.Count ? organisation.Units[i] : "")}\n");
        return csv.ToString();
    }
}
