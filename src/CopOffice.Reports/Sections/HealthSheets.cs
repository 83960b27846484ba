using CopOffice.Aggregation;
using CopOffice.Framework;
using CopOffice.Questionnaires;
using CopOffice.Reports.Blocks;
using CopOffice.Reports.Excel;

namespace CopOffice.Reports.Sections;

/// <summary>Health checks: each community's factors and readiness with the factors across communities for sponsors; one community's check and readiness for its coordinators.</summary>
internal static class HealthSheets
{
    public static void Organisation(ReportBook book, OrganisationView view, string subtitle)
    {
        var sheet = book.AddSheet("Health", "Community health and success factors", subtitle,
            "Each community's latest health check (the ten success factors) and readiness (forming check); the organisation-side factors across communities; the coordinators' comments.");
        sheet.Note("The coordinators' own assessments (1–5): success factors from each community's latest health check up to this period, readiness from its latest forming check.", 10);
        sheet.Table(HealthTables.Communities("CommunityHealth", [.. view.Communities.Select(c => c.Group.Name)], view.Health, view.Readiness), main: true);
        sheet.Section("Domain, community and practice");
        sheet.Note("The three elements every community develops (seed 001), and what the organisation provides: the mean of each community's success-factor ratings and readiness statements in each.", 10);
        sheet.Table(HealthTables.Elements("Elements", view.Elements));

        // A sheet of its own: its wide text columns would widen the factor columns above.
        var purposes = book.AddSheet("Purposes", "What each community is for", subtitle,
            "Each community's purpose, vision and value proposition, in its own words, from its latest health or forming check.");
        purposes.Table(HealthTables.Purposes("Purposes", view.Visions), main: true);

        var factors = book.AddSheet("Success factors", "Success factors across communities", subtitle,
            "Each critical success factor summarised across the communities' health checks (one rating per community), community side and organisation side.");
        factors.Note("One rating per community's latest health check. The organisation-side factors are what sponsors can act on.", 6);
        factors.Table(HealthTables.AcrossCommunities("FactorsAcrossCommunities", view.FactorsAcrossCommunities), main: true);

        var comments = book.AddSheet("Health comments", "What coordinators wrote about the success factors", subtitle,
            "The comments coordinators wrote beside their success-factor ratings, community by community.");
        comments.Table(HealthTables.Factors("FactorComments", view.Health, withCommunity: true, onlyCommented: true), main: true);
    }

    public static void Community(ReportBook book, CommunityView view, string subtitle)
    {
        var health = view.Health;
        var sheet = book.AddSheet("Health", $"Health check: {view.Community}", subtitle,
            "The community's latest health check: success factors with comments, purpose and vision.");
        if (health is null)
        {
            sheet.Note($"No health check of {view.Community} up to {view.Period}. The coordinator or core group fills in the health-check template.", 8, muted: false);
        }
        else
        {
            sheet.Note($"Health check of {health.CheckPeriod}{(health.CompletedBy is { } by ? $", completed by {by}" : "")}.", 8, muted: false);
        }
        sheet.Section("Success factors");
        sheet.Table(HealthTables.Factors("SuccessFactors", health is null ? [] : [health], withCommunity: false, onlyCommented: false));
        sheet.Section("Purpose and vision");
        if (view.Vision is { } vision) sheet.Note($"As the {vision.From.Words()} of {vision.StatedIn} states them.", 8);
        sheet.Table(HealthTables.Vision("Vision", view.Vision));

        var ready = view.Readiness;
        var readiness = book.AddSheet("Readiness", $"Readiness: {view.Community}", subtitle,
            "Seed 003's readiness questions, from the community's latest forming check: a verdict per theme, what the guide suggests where it is not ready, and each statement's rating.");
        readiness.Note(ready is null
            ? $"No readiness assessment of {view.Community} up to {view.Period}. The sponsor, coordinator and core group fill in the forming check when the community forms, then once a year."
            : $"From the {ready.From.Words()} of {ready.AssessedIn}{(ready.CompletedBy is { } who ? $", completed by {who}" : "")}. {ReadinessVerdicts.Rule}", 8, muted: false);
        readiness.Table(HealthTables.ReadinessThemes("ReadinessThemes", ready), main: true);
        readiness.Section("Statements");
        readiness.Table(HealthTables.ReadinessStatements("ReadinessStatements", ready));
    }
}
