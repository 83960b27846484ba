using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>A member's own answers beside their community's and the organisation's figures, where the shared reports show those.</summary>
internal static class MemberTables
{
    public const string MyScore = "My score";
    public const string MyRating = "My rating";
    public const string CommunityMean = "Community mean";
    public const string OrganisationMean = "Organisation mean";
    public const string CommunityMargin = "Community margin";
    public const string OrganisationMargin = "Organisation margin";

    /// <summary>Why a group figure is missing beside the member's own, for the Note column; null when both are shown.</summary>
    public static string? Withheld(MemberAnswers answers)
    {
        List<string> reasons = [];
        if (!answers.CommunityProfile.Profile.IsShown) reasons.Add($"community: {answers.CommunityProfile.Profile.Text(_ => "")}");
        if (!answers.OrganisationProfile.Profile.IsShown) reasons.Add($"organisation: {answers.OrganisationProfile.Profile.Text(_ => "")}");
        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    private static double? Mean(GroupProfile group, Func<ValueProfile, Statistics?> statistics) =>
        group.Profile.TryGetValue(out var p) ? statistics(p)?.Mean : null;

    private static double? Margin(GroupProfile group, Func<ValueProfile, Statistics?> statistics) =>
        group.Profile.TryGetValue(out var p) ? statistics(p)?.Margin : null;

    public static TableBlock Quadrants(string name, IEnumerable<MemberAnswers> history)
    {
        var table = new TableBlock(name,
        [
            new(ValueTables.Quadrant) { MaxWidth = 36 }, new("Community") { MaxWidth = 15 }, new("Period"), new(MyScore, Format.Mean), new("Indicators rated", Format.Count),
            new(CommunityMean, Format.Mean), new(CommunityMargin, Format.Margin), new(OrganisationMean, Format.Mean), new(OrganisationMargin, Format.Margin),
            new(Labels.Note) { MaxWidth = 40 },
        ]);
        foreach (var answers in history)
        {
            var note = Withheld(answers);
            foreach (var own in answers.Quadrants)
                table.Add(note is null ? RowLook.Normal : RowLook.Withheld,
                    own.Quadrant.Title, answers.Community, answers.Period.ToString(), own.Score, own.Rated,
                    Mean(answers.CommunityProfile, p => p.Quadrant(own.Quadrant).Statistics), Margin(answers.CommunityProfile, p => p.Quadrant(own.Quadrant).Statistics),
                    Mean(answers.OrganisationProfile, p => p.Quadrant(own.Quadrant).Statistics), Margin(answers.OrganisationProfile, p => p.Quadrant(own.Quadrant).Statistics), note);
        }
        table.Scores(MyScore, CommunityMean, OrganisationMean);
        return table;
    }

    public static TableBlock Ratings(string name, IEnumerable<MemberAnswers> history, bool withGroups)
    {
        // Beside the quadrant table (withGroups) the statistics line up with it; under the history, the quadrant takes the unit's place.
        List<ReportColumn> columns = [new("Indicator") { MaxWidth = 34 }, new("Community") { MaxWidth = 15 }, new("Period")];
        if (!withGroups) columns.Add(new(ValueTables.Quadrant) { MaxWidth = 24 });
        columns.AddRange([new(MyRating, Format.Rating), new("My answer")]);
        if (withGroups) columns.AddRange([new(CommunityMean, Format.Mean), new(CommunityMargin, Format.Margin), new(OrganisationMean, Format.Mean), new(OrganisationMargin, Format.Margin),
            new(ValueTables.Quadrant) { MaxWidth = 24 }, new(Labels.Note) { MaxWidth = 40 }]);
        var table = new TableBlock(name, columns);
        foreach (var answers in history)
        {
            var note = Withheld(answers);
            var look = table.Rows.Count > 0 ? RowLook.OpensGroup : RowLook.Normal;
            foreach (var own in answers.Ratings)
            {
                List<object?> cells = [GroupTables.Capitalised(own.Indicator.Name), answers.Community, answers.Period.ToString()];
                if (!withGroups) cells.Add(Labels.Column(own.Indicator.Quadrant));
                cells.AddRange([own.Rating?.Value, own.Rating is null ? "not answered" : own.Rating.Value.IsNotApplicable ? "n/a" : null]);
                if (withGroups)
                    // A community's own indicator has no organisation mean: the organisation was not asked it.
                    cells.AddRange([Mean(answers.CommunityProfile, p => p.Find(own.Indicator.Id)?.Statistics), Margin(answers.CommunityProfile, p => p.Find(own.Indicator.Id)?.Statistics),
                        Mean(answers.OrganisationProfile, p => p.Find(own.Indicator.Id)?.Statistics), Margin(answers.OrganisationProfile, p => p.Find(own.Indicator.Id)?.Statistics),
                        Labels.Column(own.Indicator.Quadrant), note]);
                table.Add(withGroups && note is not null ? look | RowLook.Withheld : look, [.. cells]);
                look = RowLook.Normal;
            }
        }
        if (withGroups) table.Scores(MyRating, CommunityMean, OrganisationMean);
        else table.Scores(MyRating);
        return table;
    }

    // All the types the member chose; where the figures count them under one of several, say which.
    private static string? MemberTypes(MemberAnswers answers) =>
        answers.MemberTypes.Count <= 1 ? answers.MemberType ?? answers.MemberTypes.FirstOrDefault()
        : $"{string.Join("; ", answers.MemberTypes)} (counted as {answers.MemberType})";

    /// <summary>One row per survey: where the member stood, their four quadrant scores, their community's, and the roles they hold.</summary>
    public static TableBlock History(string name, IReadOnlyList<MemberAnswers> history)
    {
        var table = new TableBlock(name,
        [
            new("Survey") { MaxWidth = 34 }, new("Community") { MaxWidth = 15 }, new("Period"), new("Unit") { MaxWidth = 20 }, new("Member type") { MaxWidth = 18 },
            .. Quadrant.All.Select(q => new ReportColumn(Labels.Column(q), Format.Mean)),
            .. Quadrant.All.Select(q => new ReportColumn($"Community {Labels.Column(q).ToLowerInvariant()}", Format.Mean)),
            new("Roles held", Format.Wrap, 30), new(Labels.Note) { MaxWidth = 40 },
        ]);
        foreach (var answers in history)
        {
            var note = answers.CommunityProfile.Profile.IsShown ? null : $"community: {answers.CommunityProfile.Profile.Text(_ => "")}";
            table.Add(note is null ? RowLook.Normal : RowLook.Withheld,
            [
                Survey(answers, history), answers.Community, answers.Period.ToString(), answers.Unit, MemberTypes(answers),
                .. answers.Quadrants.Select(q => (object?)q.Score),
                .. Quadrant.All.Select(q => (object?)Mean(answers.CommunityProfile, p => p.Quadrant(q).Statistics)),
                answers.RolesHeld.Count == 0 ? null : string.Join("; ", answers.RolesHeld.Select(r => r.Name)), note,
            ]);
        }
        table.Scores([.. Enumerable.Range(5, 8)]);
        return table;
    }

    /// <summary>"2026-Q3", or "2026-Q3 · Data Science" when the member answered for several communities: the trend chart's categories.</summary>
    public static string Survey(MemberAnswers answers, IReadOnlyList<MemberAnswers> history) =>
        history.Select(h => h.Community).Distinct(StringComparer.Ordinal).Count() > 1 ? $"{answers.Period} · {answers.Community}" : answers.Period.ToString();

    public static TableBlock Conditions(string name, IReadOnlyList<MemberAnswers> history)
    {
        var table = new TableBlock(name, [new("Period"), new("Community") { MaxWidth = 24 }, new("Enablers", Format.Wrap, 50), new("Challenges", Format.Wrap, 50)]);
        foreach (var answers in history.Where(a => a.Enablers is not null || a.Challenges is not null))
            table.Add(answers.Period.ToString(), answers.Community, answers.Enablers, answers.Challenges);
        return table;
    }
}
