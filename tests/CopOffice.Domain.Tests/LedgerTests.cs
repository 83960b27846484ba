using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Domain.Tests;

public class LedgerTests
{
    private static DateTimeOffset On(int day, int hour = 9) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    private static IntakeResult Survey(string file, DateTimeOffset fileTime, string? email = "ada@example.org", string? name = "Ada Lovelace", string period = "2026-Q4", string community = "Data Science") =>
        ResponseValidator.Validate(Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(email, name, community, period), file, fileTime: fileTime), IntakeRules.Default);

    private static IEnumerable<string> Statuses(Ledger ledger) => ledger.Entries.Select(e => $"{e.Source}: {e.Status.Id()}");

    [Fact]
    public void The_latest_submission_wins_and_the_others_name_it()
    {
        var ledger = Ledger.Build([Survey("a.xlsx", On(1)), Survey("b.xlsx", On(12, 10)), Survey("c.xlsx", On(5))]);

        Assert.Equal(["a.xlsx: superseded", "b.xlsx: accepted", "c.xlsx: superseded"], Statuses(ledger));
        Assert.All([ledger.Entries[0], ledger.Entries[2]], e => Assert.Equal("b.xlsx", e.SupersededBy!.Path));
        Assert.Equal("warning: Superseded by b.xlsx, a later submission on 2026-11-12 10:00 UTC for the same member, community and period. (a.xlsx)",
            Assert.Single(ledger.Entries[0].Findings).ToString());
        Assert.Equal("b.xlsx", Assert.Single(ledger.Accepted).Source.Path);
        Assert.NotNull(ledger.Entries[0].Response);
    }

    [Fact]
    public void A_signed_in_address_is_kept_through_the_ledger()
    {
        var raw = Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(email: null), "forms.xlsx", fileTime: On(1)) with { SourceEmail = "ada@example.org" };

        var ledger = Ledger.Build([ResponseValidator.Validate(raw, IntakeRules.Default), Survey("typed.xlsx", On(2), email: "grace@example.org")]);

        Assert.Equal([("ada@example.org", true), ("grace@example.org", false)], ledger.Accepted.Select(r => (r.MemberEmail, r.EmailSignedIn)));
    }

    [Fact]
    public void The_entries_with_findings_are_all_but_the_accepted_without_warnings()
    {
        var rejected = IntakeResult.Unreadable(new Source("notes.txt"), "Not a spreadsheet.");
        var warned = Survey("grace.xlsx", On(2), email: null, name: "Grace Hopper");
        var ledger = Ledger.Build([Survey("a.xlsx", On(1)), rejected, Survey("b.xlsx", On(12, 10)), warned, Survey("c.xlsx", On(5), email: "alan@example.org", name: "Alan Turing")]);

        Assert.Equal(["a.xlsx: superseded", "notes.txt: rejected", "b.xlsx: accepted", "grace.xlsx: accepted-with-warnings", "c.xlsx: accepted"], Statuses(ledger));
        Assert.Equal(ledger.Entries.Where(e => e.Findings.Count > 0).Select(e => $"{e.Source}: {string.Join(" | ", e.Findings)}"),
            ledger.WithFindings.Select(e => $"{e.Source}: {string.Join(" | ", e.Findings)}"));
        Assert.Equal(["a.xlsx", "notes.txt", "grace.xlsx"], ledger.WithFindings.Select(e => e.Source.Path));
    }

    [Fact]
    public void A_completion_time_counts_before_the_file_time()
    {
        var forms = Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(), "responses.xlsx", fileTime: On(30)) with { CompletedAt = On(2) };
        var fromForms = ResponseValidator.Validate(forms with { Source = forms.Source with { Row = 2, RowId = "1" } }, IntakeRules.Default);

        var ledger = Ledger.Build([fromForms, Survey("ada.xlsx", On(3))]);

        Assert.Equal(["responses.xlsx, row 2 (response id 1): superseded", "ada.xlsx: accepted"], Statuses(ledger));
        Assert.Equal("warning: Superseded by ada.xlsx, a later submission on 2026-11-03 09:00 UTC for the same member, community and period. (responses.xlsx, row 2 (response id 1))",
            Assert.Single(ledger.Entries[0].Findings).ToString());
    }

    [Fact]
    public void On_a_tie_the_later_path_wins()
    {
        var ledger = Ledger.Build([Survey("b.xlsx", On(1)), Survey("a.xlsx", On(1))]);

        Assert.Equal(["b.xlsx: accepted", "a.xlsx: superseded"], Statuses(ledger));
    }

    [Fact]
    public void The_same_member_is_recognised_whatever_the_case_of_the_email()
    {
        var ledger = Ledger.Build([Survey("a.xlsx", On(1), email: "Ada@Example.org"), Survey("b.xlsx", On(2), email: "ada@example.ORG")]);

        Assert.Equal(["a.xlsx: superseded", "b.xlsx: accepted"], Statuses(ledger));
    }

    [Fact]
    public void Another_period_community_or_member_is_no_repeat()
    {
        var ledger = Ledger.Build(
        [
            Survey("a.xlsx", On(1)),
            Survey("b.xlsx", On(2), period: "2026-Q3"),
            Survey("c.xlsx", On(3), community: "Field Service"),
            Survey("d.xlsx", On(4), email: "grace@example.org"),
        ]);

        Assert.Equal(["a.xlsx: accepted", "b.xlsx: accepted", "c.xlsx: accepted", "d.xlsx: accepted"], Statuses(ledger));
        Assert.Equal(4, ledger.Count(LedgerStatus.Accepted));
    }

    [Fact]
    public void Anonymous_responses_are_never_superseded()
    {
        var ledger = Ledger.Build([Survey("a.xlsx", On(1), email: null, name: null), Survey("b.xlsx", On(2), email: null, name: null)]);

        Assert.Equal(["a.xlsx: accepted-with-warnings", "b.xlsx: accepted-with-warnings"], Statuses(ledger));
        Assert.All(ledger.Entries, e => Assert.Null(e.SupersededBy));
        Assert.Equal(2, ledger.Accepted.Count());
    }

    [Fact]
    public void A_community_workbook_is_repeated_per_community_and_period()
    {
        IntakeResult Check(string file, DateTimeOffset time) =>
            ResponseValidator.Validate(Raw.Of(TemplateKind.HealthCheck, Raw.HealthCheck(), file, fileTime: time), IntakeRules.Default);

        var ledger = Ledger.Build([Check("check-1.xlsx", On(1)), Check("check-2.xlsx", On(2)), Survey("ada.xlsx", On(3))]);

        Assert.Equal(["check-1.xlsx: superseded", "check-2.xlsx: accepted", "ada.xlsx: accepted"], Statuses(ledger));
        Assert.Equal("warning: Superseded by check-2.xlsx, a later submission on 2026-11-02 09:00 UTC for the same community and period. (check-1.xlsx)",
            Assert.Single(ledger.Entries[0].Findings).ToString());
    }

    [Fact]
    public void A_rejected_input_never_wins_and_a_superseded_one_keeps_its_warnings()
    {
        var rejected = ResponseValidator.Validate(Raw.Of(TemplateKind.ValueSurvey, Raw.Survey(period: "soon"), "late.xlsx", fileTime: On(20)), IntakeRules.Default);
        var unreadable = IntakeResult.Unreadable(new Source("broken.xlsx"), "The file is empty (0 bytes).");
        var ledger = Ledger.Build([Survey("first.xlsx", On(1)), rejected, unreadable, Survey("second.xlsx", On(2))]);

        Assert.Equal(["first.xlsx: superseded", "late.xlsx: rejected", "broken.xlsx: rejected", "second.xlsx: accepted"], Statuses(ledger));
        Assert.Equal([$"error: \"soon\" is not a period CopOffice can read: write it as 2026-Q4, Q4 2026, 2026-11 or a date. ({Raw.Where(AnswerNames.Period, "late.xlsx")})"],
            ledger.Entries[1].Findings.Select(f => f.ToString()));
        Assert.Equal(TemplateKind.ValueSurvey, ledger.Entries[1].Kind);
        Assert.Null(ledger.Entries[1].Response);
        Assert.Null(ledger.Entries[2].Kind);
        Assert.Equal(2, ledger.Count(LedgerStatus.Rejected));

        var withWarning = Survey("older.xlsx", On(1), email: null);
        var kept = Ledger.Build([withWarning, Survey("newer.xlsx", On(2), email: null)]);
        Assert.Equal(
        [
            $"warning: No email: the member's answers cannot be linked across periods. ({Raw.Where(AnswerNames.Email, "older.xlsx")})",
            "warning: Superseded by newer.xlsx, a later submission on 2026-11-02 09:00 UTC for the same member, community and period. (older.xlsx)",
        ], kept.Entries[0].Findings.Select(f => f.ToString()));
        Assert.Equal(LedgerStatus.AcceptedWithWarnings, kept.Entries[1].Status);
    }

    [Fact]
    public void Every_input_has_one_entry_in_input_order()
    {
        var results = Enumerable.Range(1, 9).Select(i => Survey($"m{i}.xlsx", On(i), email: $"m{i % 4}@example.org")).ToList();

        var ledger = Ledger.Build(results);

        Assert.Equal(results.Select(r => r.Source), ledger.Entries.Select(e => e.Source));
        Assert.Equal(4, ledger.Count(LedgerStatus.Accepted));
        Assert.Equal(5, ledger.Count(LedgerStatus.Superseded));
        Assert.Equal(["m6.xlsx", "m7.xlsx", "m8.xlsx", "m9.xlsx"], ledger.Accepted.Select(r => r.Source.Path).Order());
    }

    [Theory]
    [InlineData(LedgerStatus.Accepted, "accepted")]
    [InlineData(LedgerStatus.AcceptedWithWarnings, "accepted-with-warnings")]
    [InlineData(LedgerStatus.Superseded, "superseded")]
    [InlineData(LedgerStatus.Rejected, "rejected")]
    public void Statuses_have_ids(LedgerStatus status, string id) => Assert.Equal(id, status.Id());
}
