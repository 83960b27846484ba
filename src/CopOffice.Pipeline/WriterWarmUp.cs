using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Reports;
using CopOffice.Responses;

namespace CopOffice.Pipeline;

/// <summary>
/// Writes a small organisation report nowhere, once per process, on the core a long intake leaves idle
/// much of the time. The first workbook a process writes pays for compiling ClosedXML's and the Open XML
/// SDK's code: about 0.7 s of a 100,000-row run (measured), which would otherwise come after the intake,
/// when every core is writing.
/// </summary>
internal static class WriterWarmUp
{
    private static readonly Lazy<Task> Once = new(() => Task.Run(Write));

    /// <summary>
    /// Warms up once <paramref name="delay"/> has passed, unless <paramref name="intakeDone"/> comes first: a
    /// short intake leaves no idle core worth using, and the code is compiled when the reports are written.
    /// A failure of the warm-up is a bug and surfaces when this is awaited.
    /// </summary>
    public static async Task AfterAsync(TimeSpan delay, CancellationToken intakeDone)
    {
        try
        {
            await Task.Delay(delay, intakeDone);
        }
        catch (OperationCanceledException) when (intakeDone.IsCancellationRequested)
        {
            return;
        }
        await Once.Value;
    }

    private static void Write()
    {
        const string community = "Warm-up";
        var period = new Period(2000, 1);
        var responses = Enumerable.Range(0, 6).Select(i => new Response(TemplateKind.ValueSurvey, new Source($"warm-up/{i}.xlsx"), community, period)
        {
            MemberEmail = $"member{i}@warm-up.invalid",
            MemberName = $"Member {i}",
            Consent = Consent.Named,
            Ratings = ValueFramework.Indicators.ToDictionary(x => AnswerNames.Indicator(x.Id), x => new Rating(1 + (i + x.Id.Length) % 5)),
            Texts = new Dictionary<string, string>
            {
                [AnswerNames.Story(ValueFramework.StoryQuestions[0].Id)] = "Joined the monthly clinic.",
                [AnswerNames.Story(ValueFramework.StoryQuestions[^1].Id)] = "Saved about 3 hours a week.",
                [AnswerNames.Enablers] = "Time set aside",
                [AnswerNames.Challenges] = "Finding time",
            },
        }).ToList();
        var picture = ValueAggregation.Build(responses, Roster.Empty, PrivacyOptions.Create(PrivacyOptions.LowestMinGroupSize, PrivacyOptions.LowestMinGroupSize));
        var ledger = Ledger.Build(responses.Select(r => new IntakeResult(r.Source, r.Kind, r, [])));
        var context = new ReportContext(DateTimeOffset.UnixEpoch, "warm-up", "warm-up");
        // The organisation report goes through nearly all the code the others use (sheets, tables, styles, charts, saving).
        OrganisationReport.Write(picture.Organisation(period), ledger, context, Stream.Null);
    }
}
