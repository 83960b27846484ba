using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Domain.Tests;

public class ResponseValidatorTests
{
    private static readonly IntakeRules Organisation = new() { Lists = new OrganisationLists(["Data Science", "Field Service"], ["Analytics", "Operations"]) };

    [Fact]
    public void A_complete_survey_is_accepted_and_normalised()
    {
        var answers = Raw.Survey(email: "Ada@Example.ORG");
        answers[AnswerNames.MemberType] = "core MEMBER";
        answers[AnswerNames.RoleHeld("networking")] = "yes";
        answers[AnswerNames.Indicator("network")] = "n/a";
        answers[AnswerNames.Story("activities")] = "  Ran the clinic. ";

        var result = Raw.Validate(answers, Organisation with { Lists = Organisation.Lists with { Communities = ["DATA SCIENCE"] } });

        Assert.Empty(result.Findings);
        var response = result.Response!;
        Assert.Equal(TemplateKind.ValueSurvey, result.Kind);
        Assert.Equal("DATA SCIENCE", response.Community);
        Assert.Equal(new Period(2026, 4), response.Period);
        Assert.Equal("ada@example.org", response.MemberEmail);
        Assert.Equal("Ada Lovelace", response.MemberName);
        Assert.Equal("Core member", response.MemberType);
        Assert.Equal(Consent.Named, response.Consent);
        Assert.Equal(["networking"], response.RolesHeld);
        Assert.Equal(20, response.Ratings.Count);
        Assert.Equal(Rating.NotApplicable, response.Ratings[AnswerNames.Indicator("network")]);
        Assert.Equal("Ran the clinic.", response.Text(AnswerNames.Story("activities")));
        Assert.Equal(Raw.FileTime, response.Time);
        Assert.Equal("value-survey|ada@example.org|data science|2026-Q4", response.DuplicateKey);
    }

    [Fact]
    public void A_missing_community_and_period_reject_the_response_at_their_cells()
    {
        var answers = Raw.Survey();
        answers[AnswerNames.Community] = null;
        answers[AnswerNames.Period] = " ";

        var result = Raw.Validate(answers);

        Assert.Null(result.Response);
        Assert.Equal(
        [
            $"error: The community is missing: say which community of practice this is about. ({Raw.Where(AnswerNames.Community)})",
            $"error: The period is missing: write the period this covers, e.g. 2026-Q4. ({Raw.Where(AnswerNames.Period)})",
        ], result.Lines());
    }

    [Theory]
    [InlineData("Data Sciense", "error: \"Data Sciense\" is not a community the organisation knows; did you mean \"Data Science\"? Choose one of: Data Science, Field Service.")]
    [InlineData("Gardening", "error: \"Gardening\" is not a community the organisation knows. Choose one of: Data Science, Field Service.")]
    public void An_unknown_community_is_an_error_with_a_suggestion_when_one_is_near(string community, string expected)
    {
        var result = Raw.Validate(Raw.Survey(community: community), Organisation);

        Assert.Null(result.Response);
        Assert.Equal([$"{expected} ({Raw.Where(AnswerNames.Community)})"], result.Lines());
    }

    [Fact]
    public void The_roster_names_communities_too()
    {
        var rules = new IntakeRules { Roster = new Roster([new RosterEntry("Ada Lovelace", "ada@example.org", "Analytics", "Field Service", "Expert")]) };

        var result = Raw.Validate(Raw.Survey(community: "field service"), rules);

        Assert.Empty(result.Findings);
        Assert.Equal("Field Service", result.Response!.Community);
        Assert.Equal("Analytics", result.Response.Unit);
        Assert.Equal("Expert", result.Response.MemberType);
    }

    [Fact]
    public void The_roster_warns_about_members_it_does_not_list_where_they_answered()
    {
        var roster = new Roster(
        [
            new RosterEntry("Ada Lovelace", "ada@example.org", "Analytics", "Field Service", null),
            new RosterEntry("Grace Hopper", "grace@example.org", "Operations", "Data Science", null),
        ]);
        var rules = new IntakeRules { Roster = roster, Lists = Organisation.Lists };

        var ada = Raw.Validate(Raw.Survey(), rules);
        var bob = Raw.Validate(Raw.Survey(email: "bob@example.org", name: "Bob"), rules);

        Assert.Equal([$"warning: The roster lists ada@example.org in Field Service, not in Data Science. ({Raw.Where(AnswerNames.Community)})"], ada.Lines());
        Assert.Equal("Analytics", ada.Response!.Unit);
        Assert.Equal([$"warning: bob@example.org is not on the roster: the response counts, but not towards a response rate. ({Raw.Where(AnswerNames.Email)})"], bob.Lines());
    }

    [Theory]
    [InlineData("next quarter", "error: \"next quarter\" is not a period CopOffice can read: write it as 2026-Q4, Q4 2026, 2026-11 or a date.")]
    [InlineData(2026d, "error: \"2026\" is not a period CopOffice can read: write it as 2026-Q4, Q4 2026, 2026-11 or a date.")]
    public void An_unreadable_period_is_an_error(object period, string expected)
    {
        var result = Raw.Validate(Raw.Survey(period: period));

        Assert.Null(result.Response);
        Assert.Equal([$"{expected} ({Raw.Where(AnswerNames.Period)})"], result.Lines());
    }

    [Fact]
    public void A_rating_that_is_no_rating_is_an_error_and_blank_ratings_a_warning()
    {
        var answers = Raw.Survey();
        answers[AnswerNames.Indicator("time_saving")] = "great";
        answers[AnswerNames.Indicator("confidence")] = null;
        answers[AnswerNames.Indicator("network")] = "";

        var result = Raw.Validate(answers);

        Assert.Null(result.Response);
        Assert.Equal(
        [
            $"error: Time saving: \"great\" is not a rating: choose 1 to 5, or n/a. ({Raw.Where(AnswerNames.Indicator("time_saving"))})",
            $"warning: 2 of {ValueFramework.Indicators.Count} ratings left blank (Confidence, Network); they count as not answered. ({Raw.Where(AnswerNames.Indicator("confidence"))})",
        ], result.Lines());
    }

    [Fact]
    public void Every_blank_rating_is_named_so_the_ledger_says_what_an_incomplete_survey_lacks()
    {
        var answers = Raw.Survey();
        var blank = ValueFramework.Indicators.Skip(1).ToList();
        foreach (var indicator in blank) answers[AnswerNames.Indicator(indicator.Id)] = null;

        var result = Raw.Validate(answers);

        Assert.NotNull(result.Response);
        // The labels as the questionnaire words them, not copied here.
        var labels = string.Join(", ", blank.Select(i => Questionnaire.ValueSurvey.Get(AnswerNames.Indicator(i.Id)).Label));
        Assert.Equal([$"warning: {blank.Count} of {ValueFramework.Indicators.Count} ratings left blank ({labels}); they count as not answered. ({Raw.Where(AnswerNames.Indicator("access_to_expertise"))})"], result.Lines());
    }

    [Fact]
    public void Nothing_rated_is_an_error()
    {
        var answers = Raw.Survey();
        foreach (var indicator in ValueFramework.Indicators) answers.Remove(AnswerNames.Indicator(indicator.Id));

        var result = Raw.Validate(answers);

        Assert.Null(result.Response);
        // The ratings have no cells in this raw response: the location falls back to the file and the name.
        Assert.Equal(["error: Nothing is rated: rate the 20 statements 1 to 5 (or n/a) before submitting. (member.xlsx, indicator.help_with_challenges)"], result.Lines());
    }

    [Fact]
    public void A_malformed_email_rejects_a_survey()
    {
        var result = Raw.Validate(Raw.Survey(email: "ada(at)example.org"));

        Assert.Null(result.Response);
        Assert.Equal([$"error: \"ada(at)example.org\" is not a well-formed email address (name@example.com). ({Raw.Where(AnswerNames.Email)})"], result.Lines());
    }

    [Fact]
    public void A_name_without_email_is_kept_with_a_warning_and_no_identity_is_anonymous()
    {
        var named = Raw.Validate(Raw.Survey(email: null));
        var anonymous = Raw.Validate(Raw.Survey(email: null, name: null));

        Assert.Equal([$"warning: No email: the member's answers cannot be linked across periods. ({Raw.Where(AnswerNames.Email)})"], named.Lines());
        Assert.Equal("ada lovelace", named.Response!.Respondent);
        Assert.Equal([$"warning: Anonymous response: no name or email. It counts in group figures, but no personal workbook can be made and a repeat cannot be recognised. ({Raw.Where(AnswerNames.Email)})"], anonymous.Lines());
        Assert.Equal("", anonymous.Response!.Respondent);
    }

    [Fact]
    public void The_identity_a_Forms_export_knows_fills_in_and_anonymous_counts_as_none()
    {
        var answers = Raw.Survey(email: null, name: null);
        var signedIn = Raw.Of(TemplateKind.ValueSurvey, answers) with { SourceEmail = "Ada@Example.org", SourceName = "Ada Lovelace" };
        var anonymous = Raw.Of(TemplateKind.ValueSurvey, answers) with { SourceEmail = "anonymous", SourceName = " Anonymous " };

        var known = ResponseValidator.Validate(signedIn, IntakeRules.Default);
        var unknown = ResponseValidator.Validate(anonymous, IntakeRules.Default);

        Assert.Empty(known.Findings);
        Assert.Equal("ada@example.org", known.Response!.MemberEmail);
        Assert.Equal("Ada Lovelace", known.Response.MemberName);
        Assert.Null(unknown.Response!.MemberEmail);
        Assert.Null(unknown.Response.MemberName);
    }

    [Fact]
    public void Only_the_address_a_respondent_signed_in_with_counts_as_signed_in()
    {
        var blank = Raw.Survey(email: null, name: null);
        var fromSignIn = Raw.Of(TemplateKind.ValueSurvey, blank) with { SourceEmail = "Ada@Example.org" };
        var typedTheSame = Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(email: "ada@example.org", name: null)) with { SourceEmail = "ada@example.org" };
        var typedAnother = Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(email: "grace@example.org", name: null)) with { SourceEmail = "ada@example.org" };
        var typedOnly = Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(email: "ada@example.org", name: null));
        var handedInByAda = Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(email: "Ada@example.org", name: null)) with { SubmittedBy = "ada@example.org" };
        var handedInByGrace = Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(email: "ada@example.org", name: null)) with { SubmittedBy = "grace@example.org" };

        var verdicts = new[] { fromSignIn, typedTheSame, typedAnother, typedOnly, handedInByAda, handedInByGrace }
            .Select(raw => ResponseValidator.Validate(raw, IntakeRules.Default).Response!)
            .Select(r => (r.MemberEmail, r.EmailSignedIn));

        Assert.Equal([("ada@example.org", true), ("ada@example.org", true), ("grace@example.org", false), ("ada@example.org", false), ("ada@example.org", true), ("ada@example.org", false)], verdicts);
    }

    [Fact]
    public void Odd_answers_are_warnings_and_the_response_is_kept()
    {
        var answers = Raw.Survey();
        answers[AnswerNames.Unit] = "Finance";
        answers[AnswerNames.MemberType] = "core";
        answers[AnswerNames.Consent] = "maybe";
        answers[AnswerNames.RoleHeld("networking")] = "sometimes";

        var result = Raw.Validate(answers, Organisation);

        Assert.NotNull(result.Response);
        Assert.Equal(
        [
            $"warning: \"Finance\" is not one of the organisation's units; it is kept as written. ({Raw.Where(AnswerNames.Unit)})",
            $"warning: How you take part: \"core\" is not one of Coordinator, Expert, Core member, Lurker, Active member, Sponsor, Peripheral member, Outsider; it is ignored. ({Raw.Where(AnswerNames.MemberType)})",
            $"warning: \"maybe\" is not named, anonymous or no: the story is treated as not to be quoted. ({Raw.Where(AnswerNames.Consent)})",
            $"warning: Networking: \"sometimes\" is neither yes nor no; the role is not counted. ({Raw.Where(AnswerNames.RoleHeld("networking"))})",
        ], result.Lines());
        Assert.Equal("Finance", result.Response!.Unit);
        Assert.Equal(Consent.No, result.Response.Consent);
        Assert.Empty(result.Response.RolesHeld);
    }

    [Theory]
    [InlineData("yes", Consent.Named)]
    [InlineData("Anonymous", Consent.Anonymous)]
    [InlineData("NO", Consent.No)]
    public void Consent_is_read_as_meant(string text, string expected)
    {
        var answers = Raw.Survey();
        answers[AnswerNames.Consent] = text;

        Assert.Equal(expected, Raw.Validate(answers).Response!.Consent);
    }

    [Fact]
    public void A_complete_health_check_is_accepted()
    {
        var result = Raw.Validate(Raw.HealthCheck(), kind: TemplateKind.HealthCheck);

        Assert.Empty(result.Findings);
        Assert.Equal("grace@example.org", result.Response!.MemberEmail);
        Assert.Equal("Grace Hopper", result.Response.CompletedBy);
        Assert.All(result.Response.Ratings.Values, r => Assert.Equal(new Rating(4), r));
        Assert.Equal("health-check||data science|2026-Q4", result.Response.DuplicateKey);
    }

    [Fact]
    public void An_account_of_the_community_at_its_best_without_a_story_says_it_will_not_be_quoted()
    {
        var alone = Raw.Survey();
        alone[AnswerNames.AtItsBest] = "The week we solved it together.";
        var withStory = Raw.Survey();
        withStory[AnswerNames.AtItsBest] = "The week we solved it together.";
        withStory[AnswerNames.Story("activities")] = "Joined the monthly clinic on data quality.";

        Assert.Equal(
        [
            "warning: \"Describe a time when your community was acting at its best\" is answered without a story: it is quoted only with your story. " +
            $"Tell the story above too, or it stays in your answers alone. ({Raw.Where(AnswerNames.AtItsBest)})",
        ], Raw.Validate(alone).Lines());
        Assert.Empty(Raw.Validate(withStory).Findings);
    }

    [Fact]
    public void An_earlier_health_checks_cultivation_stage_goes_through_with_a_note_and_is_not_kept()
    {
        var answers = Raw.HealthCheck();
        answers[AnswerNames.Stage] = "get going";

        var result = Raw.Validate(answers, kind: TemplateKind.HealthCheck);

        Assert.Equal(
        [
            "warning: \"Where is the community now?\" (get going): an earlier template's question, no longer asked or reported. Its steps are the organisation's programme " +
            $"for cultivating communities, not a phase of one community: the organisation report's Programme sheet follows them. Nothing to do. ({Raw.Where(AnswerNames.Stage, kind: TemplateKind.HealthCheck)})",
        ], result.Lines());
        Assert.Null(result.Response!.Text(AnswerNames.Stage));
    }

    [Fact]
    public void A_health_check_warns_about_what_a_report_will_miss()
    {
        var answers = Raw.HealthCheck();
        answers[AnswerNames.CompletedBy] = null;
        answers[AnswerNames.Email] = "grace";

        var result = Raw.Validate(answers, kind: TemplateKind.HealthCheck);

        Assert.NotNull(result.Response);
        Assert.Null(result.Response!.MemberEmail);
        Assert.Equal(
        [
            $"warning: Who completed this is not filled in. ({Raw.Where(AnswerNames.CompletedBy, kind: TemplateKind.HealthCheck)})",
            $"warning: \"grace\" is not a well-formed email address; it is ignored. ({Raw.Where(AnswerNames.Email, kind: TemplateKind.HealthCheck)})",
        ], result.Lines());
    }

    [Fact]
    public void A_coordinator_without_contact_email_is_warned()
    {
        var answers = Raw.HealthCheck();
        answers.Remove(AnswerNames.Email);

        Assert.Equal(["warning: No contact email is given. (member.xlsx, about.email)"], Raw.Validate(answers, kind: TemplateKind.HealthCheck).Lines());
    }

    [Fact]
    public void A_health_check_of_version_1_keeps_its_readiness_and_one_of_version_2_is_not_asked_for_it()
    {
        var first = ResponseValidator.Validate(Raw.Of(TemplateKind.HealthCheck, Raw.HealthCheck(), version: 1), IntakeRules.Default);
        var answers = Raw.HealthCheck();
        foreach (var name in answers.Keys.Where(AnswerNames.IsReadiness).ToList()) answers.Remove(name);
        var second = ResponseValidator.Validate(Raw.Of(TemplateKind.HealthCheck, answers, version: 2), IntakeRules.Default);

        Assert.Empty(first.Findings);
        Assert.Equal(19, first.Response!.Ratings.Keys.Count(AnswerNames.IsReadiness));
        Assert.Empty(second.Findings);                                           // no "ratings left blank" for what it never asked
        Assert.Equal(10, second.Response!.Ratings.Count);
    }

    [Fact]
    public void A_follow_up_is_kept_with_its_key_and_what_is_not_a_follow_up_is_said_and_left_out()
    {
        var answers = Raw.Survey();                                       // a survey of 2026-Q4
        var earlier = StoryKeys.Of("ada@example.org", "Data Science", new Period(2026, 2));
        answers[AnswerNames.FollowUp(1, "story")] = earlier;
        answers[AnswerNames.FollowUp(1, "quote")] = "A new way to test pipelines.";
        answers[AnswerNames.FollowUp(1, "outcome")] = "Realised";
        answers[AnswerNames.FollowUp(2, "outcome")] = "applied";            // no key: typed into a blank template
        answers[AnswerNames.FollowUp(3, "story")] = StoryKeys.Of("ada@example.org", "Data Science", new Period(2026, 4));
        answers[AnswerNames.FollowUp(3, "outcome")] = "dropped";

        var result = Raw.Validate(answers);

        string[] expected =
        [
            $"warning: Earlier story 1 is realised: say what difference it made, so that the story can be told in full. (member.xlsx, {AnswerNames.FollowUp(1, "difference")})",
            $"warning: Earlier story 2 has an answer but no story key: follow-ups come in the personal template CopOffice makes for you, with your earlier stories in it. It is left out; the story stays open. ({Raw.Where(AnswerNames.FollowUp(2, "outcome"))})",
            $"warning: Earlier story 3 follows a story of 2026-Q4, not of a period before 2026-Q4. It is left out; the story stays open. ({Raw.Where(AnswerNames.FollowUp(3, "story"))})",
        ];
        Assert.Equal(expected.Length, result.Findings.Count);
        foreach (var (line, i) in result.Lines().Select((l, i) => (l, i))) Assert.Equal(expected[i], line);
        var texts = result.Response!.Texts;
        Assert.Equal((earlier, "realised"), (texts[AnswerNames.FollowUp(1, "story")], texts[AnswerNames.FollowUp(1, "outcome")]));
        Assert.DoesNotContain(texts.Keys, k => k.StartsWith("followup.2.", StringComparison.Ordinal) || k.StartsWith("followup.3.", StringComparison.Ordinal));
        Assert.False(texts.ContainsKey(AnswerNames.FollowUp(1, "quote")));  // CopOffice's own copy of the story, never kept again
    }

    [Fact]
    public void A_follow_up_of_someone_elses_story_is_left_out_and_the_story_stays_theirs()
    {
        var answers = Raw.Survey();                                       // Ada, Data Science, 2026-Q4
        answers[AnswerNames.FollowUp(1, "story")] = StoryKeys.Of("grace@example.org", "Data Science", new Period(2026, 2));
        answers[AnswerNames.FollowUp(1, "outcome")] = "dropped";
        answers[AnswerNames.FollowUp(2, "story")] = StoryKeys.Of("ada@example.org", "Agile Coaching", new Period(2026, 2));
        answers[AnswerNames.FollowUp(2, "outcome")] = "applied";
        answers[AnswerNames.FollowUp(2, "difference")] = "Used it.";

        var result = Raw.Validate(answers);

        Assert.Equal(
        [
            $"warning: Earlier story 1 names a story that is not yours about Data Science: a story is followed up only by the member who told it, in a survey about the same community. It is left out; the story stays open. ({Raw.Where(AnswerNames.FollowUp(1, "story"))})",
            $"warning: Earlier story 2 names a story that is not yours about Data Science: a story is followed up only by the member who told it, in a survey about the same community. It is left out; the story stays open. ({Raw.Where(AnswerNames.FollowUp(2, "story"))})",
        ], result.Lines());
        Assert.DoesNotContain(result.Response!.Texts.Keys, k => k.StartsWith("followup.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_version_newer_than_this_code_or_below_1_is_rejected()
    {
        var newer = ResponseValidator.Validate(Raw.Of(TemplateKind.HealthCheck, Raw.HealthCheck(), version: 3), IntakeRules.Default);
        var zero = ResponseValidator.Validate(Raw.Of(TemplateKind.HealthCheck, Raw.HealthCheck(), version: 0), IntakeRules.Default);

        Assert.Null(newer.Response);
        Assert.Equal(["error: This community health check was made with template version 3, newer than this CopOffice knows (version 2). Update CopOffice, or fill in the current template. (member.xlsx)"], newer.Lines());
        Assert.Null(zero.Response);
        Assert.Equal(["error: The template version 0 is not one CopOffice made. (member.xlsx)"], zero.Lines());
    }

    [Fact]
    public void What_the_reader_noticed_is_kept_before_the_validators_findings()
    {
        var noticed = Finding.Warning("Organisational unit: the answer cell has been deleted.", new Location("member.xlsx") { Name = AnswerNames.Unit });
        var raw = Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(email: null)) with { Findings = [noticed] };

        var result = ResponseValidator.Validate(raw, IntakeRules.Default);

        Assert.Equal(
        [
            "warning: Organisational unit: the answer cell has been deleted. (member.xlsx, about.unit)",
            $"warning: No email: the member's answers cannot be linked across periods. ({Raw.Where(AnswerNames.Email)})",
        ], result.Lines());
    }
}
