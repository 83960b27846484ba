using CopOffice.Questionnaires;

namespace CopOffice.Responses;

/// <summary>
/// An intake result written to a ledger's spool (<see cref="LedgerBuilder.Spool"/>), waiting to take its
/// place: where its record is, and what resolving repeats needs of it. The key is a digest of member,
/// community, kind and period; null for a rejected or anonymous response, which repeats nothing.
/// The community is the builder's number for it, -1 for none.
/// </summary>
public readonly record struct SpooledResult(
    long Position, int Length, LedgerStatus Status, TemplateKind? Kind, int Community,
    UInt128? Key, DateTimeOffset Time, string Path, int Row)
{
    /// <summary>What the aggregation needs of an accepted value survey, read where it was judged.</summary>
    internal Aggregation.SurveyFacts? Facts { get; init; }
}
