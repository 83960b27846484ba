using CopOffice.Aggregation;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports;

/// <summary>
/// The workbook for seed 004's workshop, "Demonstrating and extracting value from communities": a community (or
/// the organisation) at its best in its own stories, the four questions with what the responses show, the
/// common threads across communities, and a frame for a new story. The columns the session fills in are blank.
/// src/CopOffice.Reports/README.md lists every sheet, table and column.
/// </summary>
public static class WorkshopPack
{
    private const string Resonates = "Resonates with us", New = "New or different", StillAQuestion = "Still a question";

    public static void Write(Workshop workshop, PrivacyOptions privacy, IReadOnlyList<MethodNote> method, ReportContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(output);
        // One ClosedXML workbook at a time in the process: see ClosedXmlGate.
        lock (ClosedXmlGate.Lock) WriteBook(workshop, privacy, method, context, output);
    }

    private static void WriteBook(Workshop workshop, PrivacyOptions privacy, IReadOnlyList<MethodNote> method, ReportContext context, Stream output)
    {
        var title = $"Workshop: demonstrating and extracting value, {workshop.Audience}, {workshop.Period}";
        var subtitle = $"{workshop.Audience} · {workshop.Period} · material for the session";
        var book = new ReportBook(title, "Material for a workshop on the value communities create", context, sharedReport: true);

        var best = book.AddSheet("At its best", "Experiences: describe a time when your community was acting at its best", subtitle,
            "The stories shared with consent whose tellers described the community at its best, then those that reach the most value cycles or carry claims, with columns for what the session hears in them.");
        best.Note("Read them aloud, then ask the group for their own. Stories appear as their tellers consented: named, or anonymous where the community has enough respondents.", 8, muted: false);
        var stories = new TableBlock("AtItsBest",
        [
            new("Story") { MaxWidth = 16 }, new("Told by") { MaxWidth = 24 }, new("Community") { MaxWidth = 24 }, new("Value cycles", Format.Wrap, 26),
            new("Claims", Format.Count), new("At its best, in their words", Format.Wrap, 50), new("The story", Format.Wrap, 80), new(Resonates, Format.Wrap, 20), new(New, Format.Wrap, 20), new(StillAQuestion, Format.Wrap, 20),
        ]);
        foreach (var told in workshop.AtItsBest)
            stories.Add(told.Id, told.MemberName ?? "anonymous", told.Community, string.Join(", ", told.Cycles.Select(c => c.ToString().ToLowerInvariant())),
                told.Claims.Count, told.AtItsBest, string.Join("\n", told.Answers.Select(a => $"{a.Question.Text} {a.Text}")), null, null, null);
        best.Table(stories, main: true);

        var questions = book.AddSheet("Questions", "Experiences and expectations: select a question", subtitle,
            "Seed 004's four questions (environment, practices, impact on members, strategy and infrastructure), each with what this period's responses show, and columns for the discussion.");
        questions.Note("Discuss the question, grounding your points in examples as much as you can. What are you seeing? What's missing? What questions do you want to keep in mind?", 8, muted: false);
        var asked = new TableBlock("Questions",
        [
            new("Focus") { MaxWidth = 18 }, new("Question", Format.Wrap, 48), new("What the responses show", Format.Wrap, 60),
            new("What we are seeing", Format.Wrap, 26), new("What's missing", Format.Wrap, 26), new("Questions to keep in mind", Format.Wrap, 26),
        ]);
        foreach (var q in workshop.Questions) asked.Add(q.Focus, q.Question, string.Join("\n", q.Evidence.Select(e => "• " + e)), null, null, null);
        questions.Table(asked, main: true);

        var threads = book.AddSheet("Common threads", "Finding common threads", subtitle,
            "Enablers and challenges named in two or more communities, with columns for what resonates, what is new and what is still a question.");
        threads.Note(workshop.Threads.Count == 0
            ? "No enabler or challenge is named in two or more communities whose free text is shown."
            : "What have you heard that resonates with your own experiences? What's new and different? What's still a question?", 8, muted: false);
        var common = new TableBlock("CommonThreads",
        [
            new("Kind") { MaxWidth = 12 }, new("Named as", Format.Wrap, 48), new("Communities", Format.Wrap, 40), new("Communities naming it", Format.Count),
            new(Resonates, Format.Wrap, 20), new(New, Format.Wrap, 20), new(StillAQuestion, Format.Wrap, 20),
        ]);
        foreach (var t in workshop.Threads) common.Add(t.Kind, t.Text, string.Join(", ", t.Communities), t.Communities.Count, null, null, null);
        threads.Table(common, main: true);

        var story = book.AddSheet("New story", "Creating a new story", subtitle,
            "A frame for the story the session creates from what it learned: who, where, when, what, and how the common threads are woven together.");
        story.Note("Create a story that captures what you have learned about successful communities of practice.", 8, muted: false);
        var frame = new TableBlock("NewStory", [new("Frame") { MaxWidth = 24 }, new("Prompt", Format.Wrap, 50), new("Our story", Format.Wrap, 80)]);
        frame.Add("Who?", "Who was involved: members, coordinators, sponsors, others.", null);
        frame.Add("Where?", "Where it happened: the community, the unit, the setting.", null);
        frame.Add("When?", "When it happened, and over how long.", null);
        frame.Add("What?", "What happened, and what difference it made.", null);
        frame.Add("Threads", "How are the common threads woven together?", null);
        story.Table(frame, main: true);

        AboutSheet.Write(book, title,
        [
            ("Audience", $"A workshop of {workshop.Audience}"),
            ("Period", workshop.Period.ToString()),
            ("Stories listed", workshop.AtItsBest.Count),
        ], privacy, method, context);
        book.Save(output);
    }
}
