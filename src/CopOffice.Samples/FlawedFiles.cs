using CopOffice.Questionnaires;
using CopOffice.Templates;

namespace CopOffice.Samples;

/// <summary>The mistakes real people make, one file each, so a demo shows the ledger at work.</summary>
internal static class FlawedFiles
{
    public static int Write(string folder, SampleOrganisation organisation, SampleAnswers answers, TemplateFiller filler, DateTime time)
    {
        var period = organisation.Periods[^1];
        var index = organisation.Periods.Count - 1;
        var members = organisation.Members;
        var files = 0;

        void Survey(string name, SampleMember member, Action<Dictionary<string, object?>> change, DateTime when)
        {
            var filled = new Dictionary<string, object?>(answers.ValueSurvey(member, period, index));
            change(filled);
            SampleSet.WriteFile(Path.Combine(folder, name), stream => filler.Fill(TemplateKind.ValueSurvey, filled, stream), when);
            files++;
        }

        // A community name mistyped over the dropdown.
        Survey("typo-in-community.xlsx", members[1], a => a[AnswerNames.Community] = organisation.Communities[0].Replace("a", "e", StringComparison.Ordinal), time);
        // A rating of 7 pasted past the dropdown.
        Survey("rating-out-of-scale.xlsx", members[2], a => a[AnswerNames.Indicator("time_saving")] = 7, time);
        // No period.
        Survey("no-period.xlsx", members[3], a => a[AnswerNames.Period] = null, time);
        // Ratings typed as text the way people do: accepted.
        Survey("ratings-typed-as-text.xlsx", members[4], a =>
        {
            a[AnswerNames.Indicator("confidence")] = "4 - considerably";
            a[AnswerNames.Indicator("network")] = " 3 ";
            a[AnswerNames.Period] = $"Q{period.Quarter} {period.Year}";
        }, time);
        // The same member submits twice: the later file supersedes the earlier one.
        Survey("resubmitted-first.xlsx", members[5], _ => { }, time.AddDays(-3));
        Survey("resubmitted-second.xlsx", members[5], a => a[AnswerNames.Indicator("fun_with_colleagues")] = 5, time.AddDays(-1));
        // A story that begins like a formula stays text.
        Survey("story-like-a-formula.xlsx", members[6], a =>
        {
            a[AnswerNames.Consent] = Consent.Named;
            a[AnswerNames.Story("activities")] = "=SUM(A1:A9) is how I first learned to add up our savings; now I run the clinic.";
        }, time);

        File.WriteAllText(Path.Combine(folder, "meeting-notes.txt"), "Notes from the coordinators' meeting. Not a survey.");
        File.SetLastWriteTimeUtc(Path.Combine(folder, "meeting-notes.txt"), time);
        files++;
        // A workbook cut short in transfer.
        var whole = new MemoryStream();
        filler.Fill(TemplateKind.ValueSurvey, answers.ValueSurvey(members[7], period, index), whole);
        File.WriteAllBytes(Path.Combine(folder, "truncated-upload.xlsx"), whole.ToArray()[..(int)(whole.Length / 2)]);
        File.SetLastWriteTimeUtc(Path.Combine(folder, "truncated-upload.xlsx"), time);
        files++;
        return files;
    }
}
