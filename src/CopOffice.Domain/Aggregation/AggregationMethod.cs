namespace CopOffice.Aggregation;

/// <summary>A rule of the method, as the report's "about" sheet prints it.</summary>
public sealed record MethodNote(string Topic, string Text);

/// <summary>How every figure is computed and protected, in words a sponsor can check. The report prints these.</summary>
public static class AggregationMethod
{
    public const string QuadrantScore =
        "A response's quadrant score is the mean of the indicators of that quadrant it rated 1 to 5 (n/a and blank left out). " +
        "A quadrant's figures are taken over the responses' quadrant scores: every respondent weighs the same, however many indicators they rated. " +
        "Responses that rated none of the quadrant's indicators have no score and are counted as n/a.";

    public const string IndicatorStatistics =
        "n counts the ratings from 1 to 5; n/a answers are counted separately and left out of every other figure. Mean and median are over the ratings " +
        "(the median of an even number of ratings is the mean of the middle two). The standard deviation is the sample standard deviation (divided by n − 1), " +
        "shown from two ratings. The top-2-box share is the share of ratings that are 4 or 5. The distribution counts the ratings 1, 2, 3, 4 and 5.";

    public const string CompositeDistribution =
        "A quadrant score falls in the 1–5 distribution by rounding to the nearest whole point, halves up (3.5 counts as 4); its top-2-box share is the share of scores that round to 4 or 5.";

    public const string Respondents =
        "Figures count responses: a member who answered for two communities counts in each of them. Group sizes and response rates count people: " +
        "that member is one respondent of their unit and of the organisation.";

    public const string Trend =
        "A trend compares a group with itself in the organisation's previous survey period: the latest earlier period in which anyone answered the value survey " +
        "(normally the quarter before; when the organisation skipped a quarter, the one before that). The trend names that period. Where the group had no " +
        "figure there, or its figure was not shown, there is no trend.";

    public const string Intervals =
        "Every mean of respondents' ratings or quadrant scores has a 95% confidence interval: the mean ± its margin, where the margin is Student's t on n − 1 " +
        "degrees of freedom times the standard error (the standard deviation over √n). The value matrix shows it as \"3.4 ± 0.2\", the tables in a Margin " +
        "column, the charts as error bars. On a 1–5 scale the t interval is used rather than a bootstrap: with the scale's bounded spread the mean's sampling " +
        "distribution is close to normal from about ten ratings, and a percentile bootstrap of so few discrete values covers the true mean less often (in a " +
        "simulation of ten ratings from a typical 1–5 distribution, 91% against t's 93.5%; 88% against 91% from five). An interval is " +
        "computed only from a group whose figures are shown, so it never tells anything of a withheld group. Means that are not of a sample of respondents " +
        "carry none: health-check and readiness ratings (a community's own assessment), the value-creation matrix's pooled ratings (several from each " +
        "respondent, not independent), and an action's Then and Now (see the Indicators sheet for their margins).";

    public static string Changes =>
        "A change is called a clear rise or a clear fall only when Welch's 95% interval of the difference (the two periods' means, no equal spread assumed, " +
        "Welch–Satterthwaite degrees of freedom) excludes zero; otherwise it is within noise, and the report says about how many respondents on each side " +
        $"would tell a change of that size (normal approximation). Below {TrendJudgement.Minimum} respondents on either side no judgement is made, and the " +
        "reason is given. Strengths and opportunities are ranked by the mean; where a strength's (or opportunity's) interval overlaps that of the nearest " +
        "indicator across the cut, the Overlaps column names it: its place among the five is not sure.";

    public const string Peers =
        "Each community whose figures are shown is set beside its peers: the other communities of the same size band (respondents in the period: under 30, " +
        "30–59, 60 or more) and maturity (periods since its first value survey: new, the first two; growing, the third to sixth; established, from the " +
        "seventh), their responses pooled. A peer group needs at least two other communities whose figures are shown, so that no single community's figure " +
        "can be read off it; with fewer, the size band is widened to its neighbours, then size is dropped, and failing that the community is compared with " +
        "the organisation only. The difference from the peers is read as a change is (Welch's 95% interval). Withheld communities are neither compared nor peers.";

    public static string Drivers(PrivacyOptions options) =>
        $"Driver analysis (from {options.MinDriverGroupSize} responses in a group whose figures are shown): each indicator is correlated (Pearson) with each " +
        "quadrant score and with overall value (the mean of a respondent's quadrant scores), the score made without the indicator itself, so that no " +
        $"indicator correlates with itself. The 95% interval is a percentile bootstrap of {DriverAnalysis.Resamples:N0} resamples of respondents (a fixed seed, " +
        $"respondents in a fixed order first, so the same answers give the same interval) up to {DriverAnalysis.BootstrapLimit} responses, and Fisher's z " +
        "interval above, where the two agree closely. Importance (correlation with overall value) is set against performance (the mean), split at the " +
        "median of each. Across communities, one point per community whose figures are shown: overall value beside its success-factor ratings and roles " +
        "filled; with a handful of communities this describes, it proves nothing. Enablers and challenges are compared between the third of respondents " +
        "who see the most value to the organisation (the mean of their two organisation quadrant scores) and the third who see the least, over the " +
        "communities whose free text is shown, each side at least the free-text threshold. Correlation is not cause.";

    public const string ValueCycles =
        "The value-creation matrix follows Wenger, Trayner & de Laat (2011). Each indicator gives evidence of one value cycle (immediate, potential, applied, " +
        "realized, reframing); a cycle's evidence pools all ratings of its indicators. A story reaches a cycle when it answers that cycle's story question " +
        "with something (not blank, \"n/a\", \"none\" …); a story that reaches several cycles links them.";

    public static string MemberTypes =>
        "A member may choose several types (\"circle any that applies\"). Figures by member type count each person once, under the first of their types " +
        $"in this order: {Framework.ReportingMemberType.InWords()}. The groups do not overlap, so they add up to the community and the privacy checks " +
        "stay exact; the member's own workbook shows every type they chose.";

    public const string ValueFlow =
        "Value over time (Wenger, Trayner & de Laat): a story that reached potential or applied value but not realised value when it was told is an aspiration. " +
        "Its teller's personal template of a later period quotes it and asks what came of it (realised, applied, not yet, dropped), linking the answer to the story by " +
        "a key made of member, community and period, never by its words. A period's aspirations count only for communities whose figures of that period are shown; " +
        "\"dropped or stuck\" counts the dropped ones and those still \"not yet\" two periods or more after they were told. Stories followed up to realised value are " +
        "quoted under the consent they were told with and the free-text threshold; a figure given in a follow-up counts in the claim totals of its period, unless " +
        "the story had already claimed the same unit and amount.";

    public const string Actions =
        "Action plans are the coordinators' own workbooks, shown whatever the group size. Beside each action stand the community's mean of the indicator it aims at " +
        "(or its health-check rating of the success factor) when the action was first set, the same words in the same row, and now; a figure withheld in either " +
        "period is left blank. A change beside an action is not proof that the action caused it.";

    public const string ResponseRate =
        "A response rate is the number of people the roster lists in a group who answered the value survey in the period, divided by the number of people " +
        "the roster lists in that group. Respondents not on the roster count in the figures but not in the rate.";

    public const string Health =
        "Success factors come from each community's latest health check up to the period, readiness from its latest forming check (or a health check of " +
        "version 1, which still asked it), purpose and vision from the latest of either that states them, and roles from its latest leadership-roles " +
        "analysis up to the period: each holds until a newer one replaces it. These are the coordinator's own assessments, not members' answers, so they are shown " +
        "whatever the group size. Organisation-side factors are summarised across communities (one rating per community).";

    public const string Roles =
        "A role is filled when the leadership-roles analysis names a holder, or when members said in the value survey that they hold it. Members are " +
        "named only if they agreed to be named with their story; others are counted, and only where their community's figures are shown.";

    public const string Conditions =
        "Enablers and challenges are split into items (one per line, or separated by semicolons or bullets) and counted as repeats when they read the same " +
        "ignoring case, spacing and punctuation; each is shown in the wording most people used.";

    public static string MinimumGroupSize(PrivacyOptions options) =>
        $"Minimum group size {options.MinGroupSize}: a group's figures and response rate are shown to anyone but the member only when at least " +
        $"{options.MinGroupSize} people answered in that group; otherwise the cell says \"{Reasons.TooFew(options)}\".";

    public static string Complementary(PrivacyOptions options) => options.ComplementarySuppression
        ? "Complementary suppression: where a group is hidden, more groups are hidden so that it cannot be worked out by subtracting shown groups from their total " +
          "(at least two hidden siblings holding together at least the minimum group size). Beyond siblings, every combination of sums and differences of all " +
          "shown groups of a period (organisation, communities, member types within communities, units) is checked, and groups are hidden until none isolates " +
          "fewer people than the minimum. Counts (n, respondents) are hidden with their figures and protected the same way. Organisation-wide member types are " +
          "shown only where every community's figure for that type is shown. Periods are never totalled, so no period can be subtracted from a total. " +
          "A person who answered for several communities counts as a fraction in each, so protection errs on the safe side."
        : "Complementary suppression is switched off: a hidden group might be worked out by subtracting shown groups from their total.";

    public static string FreeText(PrivacyOptions options) =>
        $"Free text: anonymous stories, enablers and challenges of a community are shown only when at least {options.FreeTextMinGroupSize} people answered there. " +
        "Texts of smaller communities are left out everywhere, including the organisation's lists and counts.";

    public const string Consent =
        "Stories are shared only with the member's consent: \"named\" shows the story with the member's name, unit and member type; \"anonymous\" shows it with " +
        "its community only (no name, email, unit or member type); \"no\" keeps it out of every shared report. Totals of claims add up only the stories shown.";

    public const string Personal =
        "A personal workbook shows the member's own answers and only those group figures that the shared reports show. A member can subtract their own " +
        "answers from their community's figures: what remains still pools at least the minimum group size less one.";

    public static IReadOnlyList<MethodNote> Notes(PrivacyOptions options) =>
    [
        new("Indicator statistics", IndicatorStatistics),
        new("Quadrant scores", QuadrantScore),
        new("Quadrant distribution", CompositeDistribution),
        new("Respondents", Respondents),
        new("Trend", Trend),
        new("Intervals", Intervals),
        new("Changes and noise", Changes),
        new("Peers", Peers),
        new("Drivers", Drivers(options)),
        new("Value-creation matrix", ValueCycles),
        new("Quantitative claims", ClaimReader.Rules),
        new("Member types", MemberTypes),
        new("Value flow", ValueFlow),
        new("Action plans", Actions),
        new("Response rates", ResponseRate),
        new("Health and roles", Health),
        new("Leadership roles", Roles),
        new("Readiness", ReadinessVerdicts.Rule),
        new("Enablers and challenges", Conditions),
        new("Minimum group size", MinimumGroupSize(options)),
        new("Complementary suppression", Complementary(options)),
        new("Free text", FreeText(options)),
        new("Consent", Consent),
        new("Personal workbooks", Personal),
    ];
}

/// <summary>The texts withheld cells show.</summary>
internal static class Reasons
{
    public static string TooFew(PrivacyOptions options) => $"fewer than {options.MinGroupSize} respondents";

    public const string Subtraction = "hidden so that a smaller group cannot be worked out by subtraction";

    public static string FreeText(PrivacyOptions options) => $"fewer than {options.FreeTextMinGroupSize} respondents (the threshold for free text)";

    public static string Of(SuppressionCause cause, PrivacyOptions options) => cause switch
    {
        SuppressionCause.TooFewRespondents => TooFew(options),
        SuppressionCause.Subtraction => Subtraction,
        SuppressionCause.FreeText => FreeText(options),
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    public static Suppressed<T> Suppress<T>(SuppressionCause cause, PrivacyOptions options) => new(Of(cause, options), cause);
}
