using CopOffice.Framework;
using CopOffice.Intake.Forms;
using CopOffice.Questionnaires;
using CopOffice.Responses;
using static CopOffice.Intake.Tests.Forms.ValueSurveyRows;

namespace CopOffice.Intake.Tests.Forms;

public class FormsExportReaderTests
{
    private static FormsExport ValueSurvey() => FormsExport.Of(TemplateKind.ValueSurvey);

    private static List<IntakeResult> Judge(IEnumerable<ReadItem> items) => [.. items.Select(i => i.Judge(IntakeRules.Default))];

    /// <summary>The ratings as "name=value" in the form's order, n/a for 0.</summary>
    private static string[] Expected(int[] ratings) =>
        [.. Indicators.Select((item, i) => $"{item.Name}={(ratings[i] == 0 ? "n/a" : ratings[i].ToString(System.Globalization.CultureInfo.InvariantCulture))}")];

    private static string[] Actual(Response response) =>
        [.. Indicators.Where(i => response.Ratings.ContainsKey(i.Name)).Select(i => $"{i.Name}={response.Ratings[i.Name]}")];

    [Fact]
    public void A_clean_value_survey_export_gives_one_response_per_row_with_its_exact_ratings()
    {
        var items = ThreeMembers(ValueSurvey()).ReadXlsx();

        Assert.Equal(["forms/value-survey.xlsx, row 2 (response id 1)", "forms/value-survey.xlsx, row 3 (response id 2)", "forms/value-survey.xlsx, row 4 (response id 3)"],
            items.Select(i => i.Source.ToString()));
        var results = Judge(items);
        Assert.All(results, r => Assert.Empty(r.Findings));
        var (ada, grace, alan) = (results[0].Response!, results[1].Response!, results[2].Response!);

        Assert.Equal(Expected(AdaRatings), Actual(ada));
        Assert.Equal(Expected(GraceRatings), Actual(grace));
        Assert.Equal(Expected(AlanRatings), Actual(alan));
        Assert.True(alan.Ratings["indicator.reputation"].IsNotApplicable);
        Assert.Equal(3.8333, alan.Ratings.Values.Where(r => !r.IsNotApplicable).Average(r => r.Value!.Value), 4);

        Assert.Equal(TemplateKind.ValueSurvey, ada.Kind);
        Assert.Equal(("Ada Lovelace", "ada@contoso.com", "Data Science", "Research", "Core member", "named"),
            (ada.MemberName, ada.MemberEmail, ada.Community, ada.Unit, ada.MemberType, ada.Consent));
        Assert.Equal(new Period(2026, 4), ada.Period);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 5, 10, TimeSpan.Zero), ada.CompletedAt);
        Assert.Equal(["coordination", "expertise"], ada.RolesHeld);
        Assert.Equal(["inquiry_learning_agenda", "generations_newcomers_alumni"], grace.RolesHeld);
        Assert.Empty(alan.RolesHeld);
        Assert.Equal("Ran the Q4 clinic.", ada.Text("story.activities"));
        Assert.Null(grace.Text("story.activities"));

        var ledger = Ledger.Build(results);
        Assert.Equal(3, ledger.Count(LedgerStatus.Accepted));
    }

    [Fact]
    public void Each_answer_is_located_at_its_cell_row_response_id_and_name()
    {
        var ada = ThreeMembers(ValueSurvey()).ReadXlsx()[0].Raw!;

        Assert.Equal("forms/value-survey.xlsx, O2, row 2 (response id 1), indicator.help_with_challenges", ada.Answers["indicator.help_with_challenges"].Location.ToString());
        Assert.Equal("Considerably", ada.Answers["indicator.help_with_challenges"].Value);
        Assert.Equal("forms/value-survey.xlsx, N2, row 2 (response id 1), role.expertise", ada.Answers["role.expertise"].Location.ToString());
        Assert.Equal("yes", ada.Answers["role.expertise"].Value);
        Assert.Equal("Ada@contoso.com", ada.Answers[AnswerNames.Email].Value);
        Assert.False(ada.Answers.ContainsKey("story.insights"));
        Assert.Equal(("Ada@contoso.com", "Ada Lovelace"), (ada.SourceEmail, ada.SourceName));
        Assert.Equal(new Source("forms/value-survey.xlsx") { Row = 2, RowId = "1", FileTime = FormsExport.File.FileTime }, ada.Source);
        Assert.Equal((TemplateKind.ValueSurvey, 1), (ada.Kind, ada.Version));
    }

    [Fact]
    public void Columns_are_found_by_header_whatever_their_order()
    {
        var reversed = ValueSurvey().Reorder(columns => columns.Reverse());
        var items = ThreeMembers(reversed).ReadXlsx();
        var helpHeader = FormsSurveys.For(Questionnaire.ValueSurvey).Questions.SelectMany(q => q.Items).Single(i => i.Name == "indicator.help_with_challenges").Text;

        var results = Judge(items);
        Assert.All(results, r => Assert.Empty(r.Findings));
        Assert.Equal(Expected(AdaRatings), Actual(results[0].Response!));
        Assert.Equal(Expected(AlanRatings), Actual(results[2].Response!));
        Assert.Equal($"forms/value-survey.xlsx, {SheetFiles.Column(reversed.Headers.ToList().IndexOf(helpHeader))}2, row 2 (response id 1), indicator.help_with_challenges", items[0].Raw!.Answers["indicator.help_with_challenges"].Location.ToString());
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 17, 45, 59, TimeSpan.Zero), results[2].Response!.CompletedAt);
    }

    [Fact]
    public void Headers_match_despite_spacing_case_numbering_punctuation_and_a_Likert_title()
    {
        var export = ValueSurvey()
            .Head("Your name", "your NAME")
            .Head("Your email", "2. Your email ")
            .Head("Community", "Q3 Community")
            .Head("Period", "(6) Period")
            .Head("May we quote your story?", "7) May we quote your story")
            .Head(Roles, "Leadership roles you hold ")
            .Head(Indicators[0].Text, "Short-term value to members." + Indicators[0].Text)
            .Head(Indicators[3].Text, Indicators[3].Text.Replace(" ", "  ", StringComparison.Ordinal).Replace("with colleagues", "with\u00A0colleagues", StringComparison.Ordinal))
            .Head("Did it change how you, your team or the organization define success or set strategy?", "Did it change how you – your team or the organization – define success or set strategy ?");

        var results = Judge(ThreeMembers(export).ReadXlsx());

        Assert.All(results, r => Assert.Empty(r.Findings));
        Assert.Equal(Expected(GraceRatings), Actual(results[1].Response!));
        Assert.Equal(("grace@contoso.com", "Data Science", "named"), (results[1].Response!.MemberEmail, results[1].Response!.Community, results[1].Response!.Consent));
    }

    [Fact]
    public void Quiz_columns_are_skipped_without_a_word()
    {
        var export = ValueSurvey().Add("Total points", "Quiz feedback", "Points - Community", "Feedback - Community", "Points – Period");

        var results = Judge(ThreeMembers(export).ReadXlsx());

        Assert.All(results, r => Assert.Empty(r.Findings));
        Assert.Equal(Expected(AdaRatings), Actual(results[0].Response!));
    }

    [Fact]
    public void A_multiple_choice_cell_is_matched_against_the_options_and_leftover_text_is_a_warning()
    {
        var row = Member(7, "Ada Lovelace", "ada@contoso.com", new DateTime(2026, 11, 23, 14, 5, 10), AdaRatings,
            roles: "Coordination;inquiry - LEARNING agenda;Gardening, weeding;Networking;Generations – newcomers/alumni;");

        var item = Assert.Single(ValueSurvey().Row(row).ReadXlsx());
        var result = item.Judge(IntakeRules.Default);

        Assert.Equal(["coordination", "inquiry_learning_agenda", "networking", "generations_newcomers_alumni"], result.Response!.RolesHeld);
        var warning = Assert.Single(result.Findings);
        Assert.Equal("warning: Leadership roles you hold: \"Gardening, weeding\" is not one of the options; ignored. (forms/value-survey.xlsx, N2, row 2 (response id 7))", warning.ToString());
    }

    [Fact]
    public void Member_types_chosen_in_Forms_are_all_kept_and_counted_under_one()
    {
        var row = Member(8, "Ada Lovelace", "ada@contoso.com", new DateTime(2026, 11, 23, 14, 5, 10), AdaRatings);
        row["How you take part"] = "Core member;Sponsor;";   // Forms's format for "multiple answers"

        var result = Assert.Single(ValueSurvey().Row(row).ReadXlsx()).Judge(IntakeRules.Default);

        Assert.Empty(result.Findings);
        Assert.Equal(["Core member", "Sponsor"], result.Response!.MemberTypes);
        Assert.Equal("Sponsor", result.Response.MemberType);
    }

    [Fact]
    public void An_anonymous_response_is_read_and_the_validator_says_it_is_anonymous()
    {
        var row = Member(4, "", "anonymous", new DateTime(2026, 11, 26, 10, 0, 0), GraceRatings);
        row["Name"] = null;
        row["Your name"] = null;
        row["Your email"] = null;
        var blankEmail = Member(5, "", "", new DateTime(2026, 11, 26, 11, 0, 0), AdaRatings);
        blankEmail["Your name"] = blankEmail["Your email"] = blankEmail["Name"] = blankEmail["Email"] = null;

        var items = ValueSurvey().Row(row).Row(blankEmail).ReadXlsx();

        Assert.Equal(("anonymous", (string?)null), (items[0].Raw!.SourceEmail, items[0].Raw!.SourceName));
        Assert.Equal(((string?)null, (string?)null), (items[1].Raw!.SourceEmail, items[1].Raw!.SourceName));
        var results = Judge(items);
        Assert.Equal(["warning: Anonymous response: no name or email. It counts in group figures, but no personal workbook can be made and a repeat cannot be recognised. (forms/value-survey.xlsx, row 2 (response id 4), about.email)"],
            results[0].Findings.Select(f => f.ToString()));
        Assert.Null(results[0].Response!.MemberEmail);
        Assert.Equal(Expected(GraceRatings), Actual(results[0].Response!));
        Assert.Equal(2, Ledger.Build(results).Count(LedgerStatus.AcceptedWithWarnings));
    }

    [Fact]
    public void A_header_only_export_is_one_rejection_saying_there_are_no_responses_yet()
    {
        var item = Assert.Single(ValueSurvey().ReadXlsx());

        Assert.Null(item.Raw);
        var finding = Assert.Single(item.Rejected!.Findings);
        Assert.Equal("error: The Forms export has no responses yet: it has a header row and no answers below it. (forms/value-survey.xlsx)", finding.ToString());
        Assert.Equal(FormsExport.File, item.Source);
    }

    [Fact]
    public void An_export_of_another_form_is_rejected_naming_its_questions_and_the_lists_to_build_from()
    {
        var export = new FormsExport([.. FormsExport.Leading, "How satisfied are you with the canteen?", "What could be better?"])
            .Row(new Dictionary<string, object?> { ["ID"] = 1.0, ["How satisfied are you with the canteen?"] = "Very" });

        var item = Assert.Single(export.ReadXlsx());

        Assert.Equal("error: None of the questions of this Forms export is one of templates/forms/value-survey.md, templates/forms/health-check.md or templates/forms/forming-check.md "
            + "(its questions include \"How satisfied are you with the canteen?\" and \"What could be better?\"). "
            + "Build the form from one of those lists, keeping the question texts exactly, or export the right form. (forms/value-survey.xlsx, row 1)",
            Assert.Single(item.Rejected!.Findings).ToString());
    }

    [Fact]
    public void An_export_with_too_few_of_the_survey_columns_is_rejected_naming_the_missing_ones()
    {
        var export = new FormsExport([.. FormsExport.Leading, "Your name", "Your email", "Community", "Period", "Help with challenges", "Shoe size"])
            .Row(new Dictionary<string, object?> { ["ID"] = 1.0, ["Community"] = "Data Science" });

        var item = Assert.Single(export.ReadXlsx());

        var expected = FormsSurveyColumns.All.Single(c => c.Survey.Kind == TemplateKind.ValueSurvey).Expected.Count;
        Assert.Equal($"error: The questions of this Forms export do not match templates/forms/value-survey.md: 5 of {expected} columns found; "
            + $"\"Organisational unit\", \"How you take part\", \"May we quote your story?\" and {expected - 5 - 3} more are missing. "
            + "Build the form from that list, keeping the question texts exactly, or export the right form. (forms/value-survey.xlsx, row 1)",
            Assert.Single(item.Rejected!.Findings).ToString());
    }

    [Fact]
    public void A_first_row_that_is_no_Forms_header_is_rejected_as_not_a_template_or_export()
    {
        var export = new FormsExport(["Member", "Email", "Community"])
            .Row(new Dictionary<string, object?> { ["Member"] = "Ada", ["Email"] = "ada@contoso.com", ["Community"] = "Data Science" });

        var item = Assert.Single(export.ReadCsv());

        Assert.Equal($"error: {FormsExportReader.Unrecognised} (forms/value-survey.csv, row 1)",
            Assert.Single(item.Rejected!.Findings).ToString());
    }

    [Fact]
    public void An_empty_sheet_is_rejected()
    {
        var item = Assert.Single(FormsExport.Read(SheetFiles.Xlsx([]), FormsExport.File));

        Assert.Equal("error: The file is empty: not a CopOffice template or a Microsoft Forms export. (forms/value-survey.xlsx)", Assert.Single(item.Rejected!.Findings).ToString());
    }

    [Fact]
    public void A_health_check_export_is_told_apart_and_read_with_the_agreement_labels()
    {
        var survey = FormsSurveys.For(Questionnaire.For(TemplateKind.HealthCheck, null, 1));
        var statements = survey.Questions.Where(q => q.Type == FormsQuestionType.Likert).SelectMany(q => q.Items).ToList();
        var shopTalk = "They share a language; they love to engage in \"shop talk.\"";
        // An export of an earlier form (version 1), which still asked readiness and the community's cultivation stage.
        var export = FormsExport.Of(TemplateKind.HealthCheck, version: 1).Head(shopTalk, "They share a language; they love to engage in “shop talk.”").Add("Where is the community now?");
        var row = new Dictionary<string, object?>
        {
            ["ID"] = 12.0, ["Completion time"] = new DateTime(2026, 12, 2, 16, 0, 0), ["Email"] = "ada@contoso.com", ["Name"] = "Ada Lovelace",
            ["Community"] = "Data Science", ["Organisational unit"] = "Research", ["Period"] = "Q4 2026", ["Completed by"] = "Ada Lovelace and the core group",
            ["Contact email"] = "ada@contoso.com", ["Where is the community now?"] = "Get going", ["Purpose"] = "Share what works in data science.",
            ["Domain that energizes a core group: comment"] = "Strong, since the spring.",
        };
        for (var i = 0; i < statements.Count; i++)
            row[statements[i].Text] = i == 3 ? "not applicable" : RatingScale.Agreement.Label(i % 5 + 1);

        var item = Assert.Single(export.Row(row).ReadXlsx());
        var result = item.Judge(IntakeRules.Default);

        Assert.Equal(TemplateKind.HealthCheck, item.Raw!.Kind);
        Assert.Equal("warning: \"Where is the community now?\" (Get going): an earlier template's question, no longer asked or reported. Its steps are the organisation's programme " +
            "for cultivating communities, not a phase of one community: the organisation report's Programme sheet follows them. Nothing to do. (forms/value-survey.xlsx, BC2, row 2 (response id 12), stage.current)",
            Assert.Single(result.Findings).ToString());
        var response = result.Response!;
        Assert.Equal(29, response.Ratings.Count);
        Assert.Equal([1, 2, 3, 0, 5, 1, 2, 3, 4, 5], statements.Take(10).Select(s => response.Ratings[s.Name].Value ?? 0));
        Assert.Equal(3, response.Ratings["readiness.conversations_language"].Value);
        Assert.Equal((null, "Strong, since the spring.", "ada@contoso.com"),
            (response.Text("stage.current"), response.Text("factor.domain_energizes_core_group.comment"), response.MemberEmail));
        Assert.Equal((new Period(2026, 4), "Ada Lovelace and the core group"), (response.Period, response.CompletedBy));
    }

    [Fact]
    public void A_health_check_and_a_forming_check_of_today_are_each_read_as_their_own_form()
    {
        var about = new Dictionary<string, object?>
        {
            ["ID"] = 3.0, ["Completion time"] = new DateTime(2026, 12, 2, 16, 0, 0), ["Email"] = "ada@contoso.com", ["Name"] = "Ada Lovelace",
            ["Community"] = "Data Science", ["Period"] = "2026-Q4", ["Completed by"] = "Ada Lovelace", ["Contact email"] = "ada@contoso.com",
            ["Value proposition"] = "Fewer broken pipelines.",
        };
        Dictionary<string, object?> Rated(TemplateKind kind)
        {
            var row = new Dictionary<string, object?>(about);
            foreach (var item in FormsSurveys.All.First(s => s.Kind == kind).Questions.Where(q => q.Type == FormsQuestionType.Likert).SelectMany(q => q.Items))
                row[item.Text] = "Agree";
            return row;
        }

        var health = Assert.Single(FormsExport.Of(TemplateKind.HealthCheck).Row(Rated(TemplateKind.HealthCheck)).ReadXlsx()).Judge(IntakeRules.Default);
        var forming = Assert.Single(FormsExport.Of(TemplateKind.FormingCheck).Row(Rated(TemplateKind.FormingCheck)).ReadXlsx()).Judge(IntakeRules.Default);

        Assert.Empty(health.Findings);
        Assert.Equal((TemplateKind.HealthCheck, 2, 10), (health.Response!.Kind, health.Response.Version, health.Response.Ratings.Count));
        Assert.Empty(forming.Findings);
        Assert.Equal((TemplateKind.FormingCheck, 1, 19), (forming.Response!.Kind, forming.Response.Version, forming.Response.Ratings.Count));
        Assert.All(forming.Response.Ratings.Keys, k => Assert.StartsWith("readiness.", k));
        Assert.Equal("Fewer broken pipelines.", forming.Response.Text(AnswerNames.Vision("value_proposition")));
    }

    [Fact]
    public void A_csv_download_with_a_byte_order_mark_quoted_commas_and_line_breaks_reads_the_same()
    {
        var story = "Ran the clinic, twice.\r\nThen wrote it up: \"lessons learnt\".";
        var export = ValueSurvey()
            .Row(Member(1, "Ada Lovelace", "ada@contoso.com", new DateTime(2026, 11, 23, 14, 5, 10), AdaRatings, "Coordination;Expertise;", community: "Data, Science & AI", story: story))
            .Row(Member(2, "Grace Hopper", "grace@contoso.com", new DateTime(2026, 11, 24, 9, 30, 0), GraceRatings));

        var items = export.ReadCsv();

        Assert.Equal(["forms/value-survey.csv, row 2 (response id 1)", "forms/value-survey.csv, row 3 (response id 2)"], items.Select(i => i.Source.ToString()));
        var results = Judge(items);
        Assert.All(results, r => Assert.Empty(r.Findings));
        var ada = results[0].Response!;
        Assert.Equal(story, ada.Text("story.activities"));
        Assert.Equal("Data, Science & AI", ada.Community);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 5, 10, TimeSpan.Zero), ada.CompletedAt);
        Assert.Equal(Expected(AdaRatings), Actual(ada));
        Assert.Equal(Expected(GraceRatings), Actual(results[1].Response!));
        Assert.Equal("forms/value-survey.csv, O3, row 3 (response id 2), indicator.help_with_challenges", items[1].Raw!.Answers["indicator.help_with_challenges"].Location.ToString());
    }

    [Fact]
    public void Completion_times_written_as_text_are_read_US_style_first_and_as_UTC()
    {
        DateTime at = new(2026, 1, 1);
        var export = ValueSurvey();
        foreach (var (id, text) in new[] { (1, "11/23/26 14:05:10"), (2, "11/24/2026 9:30:00 AM"), (3, "2026-11-25T17:45:59+01:00"), (4, "25/11/2026 08:15"), (5, "yesterday"), (6, "") })
        {
            var row = Member(id, $"Member {id}", $"m{id}@contoso.com", at, AdaRatings);
            row["Completion time"] = id == 6 ? new DateTime(2026, 11, 26, 12, 0, 0).ToOADate() : text;
            export.Row(row);
        }

        var items = export.ReadXlsx();

        Assert.Equal([new DateTimeOffset(2026, 11, 23, 14, 5, 10, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 25, 16, 45, 59, TimeSpan.Zero), new DateTimeOffset(2026, 11, 25, 8, 15, 0, TimeSpan.Zero), (DateTimeOffset?)null,
            new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)],
            items.Select(i => i.Raw!.CompletedAt));
        Assert.Equal(["warning: Completion time \"yesterday\" is not a date and time CopOffice can read; the file's time stands in when repeated responses are compared. (forms/value-survey.xlsx, C6, row 6 (response id 5))"],
            items[4].Raw!.Findings.Select(f => f.ToString()));
        Assert.All(items.Take(4).Append(items[5]), i => Assert.Empty(i.Raw!.Findings));
    }

    [Fact]
    public void A_csv_row_cut_short_reads_its_missing_cells_as_blank()
    {
        var header = string.Join(",", FormsExport.Of(TemplateKind.ValueSurvey).Headers.Select(h => h.Contains(',') ? $"\"{h}\"" : h));
        var bytes = System.Text.Encoding.UTF8.GetBytes(header + "\r\n7,,11/23/26 14:05:10,ada@contoso.com,Ada Lovelace,,Ada Lovelace,ada@contoso.com,Data Science\r\n");

        var raw = Assert.Single(FormsExport.Read(bytes, FormsExport.File with { Path = "short.csv" })).Raw!;

        Assert.Equal([AnswerNames.Community, AnswerNames.Email, AnswerNames.Name], raw.Answers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("short.csv, I2, row 2 (response id 7), about.community", raw.Answers[AnswerNames.Community].Location.ToString());
    }

    [Fact]
    public void Columns_CopOffice_does_not_read_are_one_warning_on_the_first_response_only()
    {
        var first = ValueSurvey().Headers.Count;
        var export = ValueSurvey().Add("Favourite colour", "Period2", "Email");

        var results = Judge(ThreeMembers(export).ReadXlsx());

        Assert.Equal([$"warning: CopOffice does not read 3 columns of this export: \"Favourite colour\" (column {SheetFiles.Column(first)}), \"Period2\" (column {SheetFiles.Column(first + 1)}) and \"Email\" (column {SheetFiles.Column(first + 2)}). "
            + "It reads the questions of templates/forms/value-survey.md, besides Forms' own and quiz columns. (forms/value-survey.xlsx, row 1)"],
            results[0].Findings.Select(f => f.ToString()));
        Assert.Empty(results[1].Findings);
        Assert.Empty(results[2].Findings);
        Assert.Equal(new Period(2026, 4), results[0].Response!.Period);
    }

    [Fact]
    public void A_survey_column_the_export_lacks_is_one_warning_on_the_first_response()
    {
        var reputation = Indicators.Single(i => i.Name == AnswerNames.Indicator("reputation")).Text;
        var export = ValueSurvey().Remove("Organisational unit", reputation);

        var results = Judge(ThreeMembers(export).ReadXlsx());

        Assert.Equal([$"warning: This export lacks 2 columns of templates/forms/value-survey.md: \"Organisational unit\" and \"{reputation}\"; those answers count as not given in every response. (forms/value-survey.xlsx, row 1)",
            $"warning: 1 of {Framework.ValueFramework.Indicators.Count} ratings left blank (Reputation); they count as not answered. (forms/value-survey.xlsx, row 2 (response id 1), indicator.reputation)"],
            results[0].Findings.Select(f => f.ToString()));
        Assert.Null(results[0].Response!.Unit);
        Assert.Equal(19, results[0].Response!.Ratings.Count);
    }

    [Fact]
    public void An_export_of_the_earlier_list_with_bare_names_is_read_as_before()
    {
        // Before the Forms list carried the templates' statements, its Likert rows were the bare labels.
        var export = ValueSurvey();
        foreach (var item in Indicators) export = export.Head(item.Text, item.Also[0]);

        var results = Judge(ThreeMembers(export).ReadXlsx());

        Assert.All(results, r => Assert.Empty(r.Findings));
        Assert.Equal(Expected(GraceRatings), Actual(results[1].Response!));
    }

    [Fact]
    public void A_header_with_a_repeat_number_fills_the_answer_when_the_plain_header_is_absent()
    {
        var export = ValueSurvey().Head("Community", "Community2").Head("Period", "Period 2");

        var results = Judge(ThreeMembers(export).ReadXlsx());

        Assert.All(results, r => Assert.Empty(r.Findings));
        Assert.Equal(("Data Science", new Period(2026, 4)), (results[0].Response!.Community, results[0].Response!.Period));
    }

    [Fact]
    public void Blank_rows_are_no_responses_and_keep_the_row_numbers_of_the_sheet()
    {
        var export = ValueSurvey().BlankRow()
            .Row(Member(1, "Ada Lovelace", "ada@contoso.com", new DateTime(2026, 11, 23, 14, 5, 10), AdaRatings))
            .BlankRow().BlankRow()
            .Row(Member(2, "Grace Hopper", "grace@contoso.com", new DateTime(2026, 11, 24, 9, 30, 0), GraceRatings))
            .BlankRow();

        var items = export.ReadXlsx();

        Assert.Equal([3, 6], items.Select(i => i.Source.Row));
    }

    [Fact]
    public void Repeated_submissions_from_one_export_resolve_to_the_latest_completion_time()
    {
        var export = ValueSurvey()
            .Row(Member(1, "Ada Lovelace", "ada@contoso.com", new DateTime(2026, 11, 23, 14, 5, 10), AdaRatings))
            .Row(Member(2, "Ada Lovelace", "ADA@contoso.com", new DateTime(2026, 11, 30, 8, 0, 0), GraceRatings))
            .Row(Member(3, "Ada Lovelace", "ada@contoso.com", new DateTime(2026, 11, 27, 8, 0, 0), AlanRatings));

        var ledger = Ledger.Build(Judge(export.ReadXlsx()));

        Assert.Equal([LedgerStatus.Superseded, LedgerStatus.Accepted, LedgerStatus.Superseded], ledger.Entries.Select(e => e.Status));
        Assert.Equal("forms/value-survey.xlsx, row 3 (response id 2)", ledger.Entries[0].SupersededBy!.ToString());
        Assert.Equal(Expected(GraceRatings), Actual(ledger.Accepted.Single()));
    }

    [Theory]
    [InlineData("ID|Start time|Completion time|Email|Name|Anything at all", true)]
    [InlineData("Id|Completion time", true)]
    [InlineData("Your name|Your email|Community|Organisational unit|How you take part|Period|May we quote your story?|Leadership roles you hold|Help with challenges|Access to expertise|Confidence|Fun with colleagues|Meaningful work|Personal development|Reputation|Professional identity|Network|Marketability|Problem solving|Time saving|Knowledge sharing|Synergies across units", true)]
    [InlineData("Member|Email|Name|Community|Organisational unit", false)]
    [InlineData("Community|Period", false)]
    [InlineData("", false)]
    public void A_header_row_is_a_Forms_header_by_its_leading_columns_or_most_of_a_survey(string header, bool forms) =>
        Assert.Equal(forms, FormsExportReader.IsFormsHeader(header.Split('|')));
}
