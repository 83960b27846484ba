namespace CopOffice.Aggregation;

/// <summary>
/// A quantitative claim in a story, kept as the person stated it ("about 12 hours", "€3,000", "40%"),
/// with the number and unit read from it. <see cref="Amount"/> is null for a range ("10–12 hours"):
/// it is listed, not added up. <see cref="Unit"/> is "hours", "minutes", "days", "weeks", "months",
/// "FTE", "%" or a currency code (EUR, USD, GBP …), with " per week" (day, month, quarter, year)
/// for a rate.
/// </summary>
public sealed record Claim(string Stated, decimal? Amount, string Unit)
{
    /// <summary>Whether the claim adds to a total: it has one amount, and its unit is not a percentage (percentages of different things do not add up).</summary>
    public bool CountsInTotal => Amount is not null && !Unit.StartsWith(ClaimReader.Percent, StringComparison.Ordinal);
}

/// <summary>The claims of the shown stories of a community (or, with no community, of the organisation) added up per unit.</summary>
public sealed record ClaimTotal(string? Community, string Unit, decimal Total, int Claims, int Stories);
