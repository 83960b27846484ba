using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Blocks;

/// <summary>Community health from the coordinators' health and forming checks: success factors, readiness, vision.</summary>
internal static class HealthTables
{
    public const string Readiness = "Readiness mean";

    /// <summary>Communities × the ten success factors (each community's own rating), with readiness.</summary>
    public static TableBlock Communities(string name, IReadOnlyList<string> communities, IReadOnlyList<CommunityHealth> health, IReadOnlyList<CommunityReadiness> readiness)
    {
        List<ReportColumn> columns =
        [
            new("Community") { MaxWidth = 30 }, new("Check period"),
            .. ValueFramework.SuccessFactors.Select(f => new ReportColumn(f.Name, Format.Rating)),
            new(Readiness, Format.Mean), new("Readiness ratings", Format.Count), new("Readiness assessed"), new("Themes not yet ready", Format.Count),
            new("Completed by") { MaxWidth = 24 }, new(Labels.Note) { MaxWidth = 34 },
        ];
        var table = new TableBlock(name, columns) { UprightHeaders = true };
        foreach (var community in communities)
        {
            var check = health.FirstOrDefault(h => h.Community == community);
            var ready = readiness.FirstOrDefault(r => r.Community == community);
            var missing = new[] { check is null ? "no health check" : null, ready is null ? "no readiness assessment" : null }.OfType<string>().ToList();
            table.Add(check is null ? RowLook.Withheld : RowLook.Normal, [
                community, check?.CheckPeriod.ToString(),
                .. ValueFramework.SuccessFactors.Select(f => (object?)check?.Factors.FirstOrDefault(a => a.Factor == f)?.Rating?.Value),
                ready?.Overall.Mean, ready?.Overall.N, ready is null ? null : $"{ready.AssessedIn} ({ready.From.Words()})",
                ready?.Themes.Count(t => t.Verdict == ReadinessVerdict.NotYet), check?.CompletedBy ?? ready?.CompletedBy,
                missing.Count == 0 ? null : string.Join(" and ", missing) + " up to this period",
            ]);
        }
        var first = table.Column(ValueFramework.SuccessFactors[0].Name);
        table.Scores(Enumerable.Range(first, ValueFramework.SuccessFactors.Count));
        table.Scores(Readiness);
        return table;
    }

    public static TableBlock AcrossCommunities(string name, IReadOnlyList<FactorAcrossCommunities> factors)
    {
        var table = new TableBlock(name,
        [
            new("Success factor") { MaxWidth = 44 }, new("Side"), new("Communities rating it", Format.Count), new("n/a", Format.Count),
            new(ValueTables.Mean, Format.Mean), new("Median", Format.Mean), new(ValueTables.TopTwoBox, Format.Share),
        ]);
        foreach (var f in factors)
            table.Add(f.Factor.Name, Side(f.Factor.Side), f.Statistics.N, f.Statistics.NotApplicable, f.Statistics.Mean, f.Statistics.Median, f.Statistics.TopTwoBoxShare);
        table.Scores(ValueTables.Mean);
        return table;
    }

    /// <summary>Every factor's rating with the comment the coordinator wrote; <paramref name="onlyCommented"/> keeps the rows that have one.</summary>
    public static TableBlock Factors(string name, IReadOnlyList<CommunityHealth> health, bool withCommunity, bool onlyCommented)
    {
        List<ReportColumn> columns = [];
        if (withCommunity) columns.Add(new("Community") { MaxWidth = 26 });
        columns.AddRange([new("Success factor") { MaxWidth = 44 }, new("Comment", Format.Wrap, 70), new("Rating", Format.Rating), new("Side")]);
        var table = new TableBlock(name, columns);
        foreach (var check in health)
            foreach (var a in check.Factors.Where(a => !onlyCommented || !string.IsNullOrWhiteSpace(a.Comment)))
            {
                List<object?> cells = [];
                if (withCommunity) cells.Add(check.Community);
                cells.AddRange([a.Factor.Name, a.Comment, a.Rating?.Value, Side(a.Factor.Side)]);
                table.Add([.. cells]);
            }
        table.Scores("Rating");
        return table;
    }

    /// <summary>Each readiness theme with its verdict and, where it is not ready, what the guide suggests.</summary>
    public static TableBlock ReadinessThemes(string name, CommunityReadiness? readiness)
    {
        var table = new TableBlock(name,
        [
            new("Theme", Format.Wrap, 44), new("Verdict"), new(ValueTables.Mean, Format.Mean), new(ValueTables.TopTwoBox, Format.Share),
            new("Statements rated", Format.Count), new("n/a", Format.Count), new("What the guide suggests", Format.Wrap, 60), new("Theme id"),
        ]);
        if (readiness is null) return table;
        foreach (var r in readiness.Themes)
        {
            var advice = r.Verdict is ReadinessVerdict.NotYet or ReadinessVerdict.PartlyReady ? string.Join("\n", GuideSuggestions.ActionsFor(r.Theme.Id)) : null;
            table.Add(r.Theme.Question, r.Verdict.Text(), r.Statistics.Mean, r.Statistics.TopTwoBoxShare, r.Statistics.N, r.Statistics.NotApplicable, advice, r.Theme.Id);
        }
        table.Add(RowLook.Leading, "All readiness statements", null, readiness.Overall.Mean, readiness.Overall.TopTwoBoxShare, readiness.Overall.N,
            readiness.Overall.NotApplicable, null, null);
        table.Scores(ValueTables.Mean);
        return table;
    }

    public static TableBlock ReadinessStatements(string name, CommunityReadiness? readiness)
    {
        // Statement, rating and theme id line up with the themes above.
        var table = new TableBlock(name, [new("Statement", Format.Wrap, 70), new("Rating", Format.Rating), new("Answer"), new("Theme id")]);
        if (readiness is null) return table;
        foreach (var r in readiness.Themes)
        {
            var look = table.Rows.Count > 0 ? RowLook.OpensGroup : RowLook.Normal;
            foreach (var a in r.Answers)
            {
                table.Add(look, a.Question.Statement, a.Rating?.Value, a.Rating is null ? "not answered" : a.Rating.Value.IsNotApplicable ? "n/a" : null, r.Theme.Id);
                look = RowLook.Normal;
            }
        }
        table.Scores("Rating");
        return table;
    }

    public static TableBlock Vision(string name, CommunityVision? vision)
    {
        var table = new TableBlock(name, [new("Field") { MaxWidth = 18 }, new("Text", Format.Wrap, 70)]);
        if (vision is null) return table;
        foreach (var v in vision.Statements) table.Add(v.Field.Name, v.Text);
        return table;
    }

    /// <summary>Each community's latest health check and readiness by element: the mean of its factor ratings and readiness statements in each.</summary>
    public static TableBlock Elements(string name, IReadOnlyList<ElementProfile> profiles)
    {
        var table = new TableBlock(name,
        [
            new("Community") { MaxWidth = 30 }, new("Assessed in") { MaxWidth = 36 },
            .. CommunityElements.All.Select(e => new ReportColumn(e.Title() + " mean", Format.Mean)),
        ]);
        foreach (var profile in profiles)
            table.Add([profile.Community, profile.AssessedIn, .. CommunityElements.All.Select(e => (object?)profile.Elements[e].Mean)]);
        table.Scores(CommunityElements.All.Select(e => e.Title() + " mean").ToArray());
        return table;
    }

    /// <summary>Each community's purpose, vision and value proposition, as its latest health or forming check states them.</summary>
    public static TableBlock Purposes(string name, IReadOnlyList<CommunityVision> visions)
    {
        var table = new TableBlock(name,
            [new("Community") { MaxWidth = 30 }, new("Purpose", Format.Wrap, 50), new("Vision", Format.Wrap, 50), new("Value proposition", Format.Wrap, 50), new("Stated in") { MaxWidth = 26 }]);
        foreach (var vision in visions)
        {
            if (vision.Field("purpose") is null && vision.Field("vision") is null && vision.Field("value_proposition") is null) continue;
            table.Add(vision.Community, vision.Field("purpose"), vision.Field("vision"), vision.Field("value_proposition"), $"{vision.From.Words()} {vision.StatedIn}");
        }
        return table;
    }

    private static string Side(FactorSide side) => side == FactorSide.Community ? "community" : "organisation";
}
