using CopOffice.Framework;

namespace CopOffice.Aggregation;

/// <summary>One value cycle as a column: the indicators that give evidence of it, their pooled evidence, and the shown stories that reach it.</summary>
public sealed record CycleColumn(ValueCycle Cycle, IReadOnlyList<ValueIndicator> Indicators, Figure<CycleEvidence> Evidence, IReadOnlyList<string> StoryIds);

/// <summary>Two cycles linked by the shown stories that reach both.</summary>
public sealed record CycleLink(ValueCycle From, ValueCycle To, IReadOnlyList<string> StoryIds);

/// <summary>
/// The value-creation matrix of a group (after Wenger, Trayner &amp; de Laat 2011): value cycles as columns,
/// the indicators' evidence and story counts under each, and the stories that link cycles.
/// </summary>
public sealed record ValueCreationMatrix(Group Group, IReadOnlyList<CycleColumn> Columns, IReadOnlyList<CycleLink> Links);
