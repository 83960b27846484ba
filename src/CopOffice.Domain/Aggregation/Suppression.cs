namespace CopOffice.Aggregation;

/// <summary>
/// Decides which groups of a disclosure are shown.
/// <list type="number">
/// <item>Primary: a group with fewer than k respondents is hidden.</item>
/// <item>Complementary, between siblings: where a parent is shown and some of its children are hidden,
/// at least two are hidden and together they hold at least k people; else the next-smallest sibling is
/// hidden too (communities and units of the organisation, member types within a community).</item>
/// <item>Complementary, across tables: the audit looks for any combination of shown figures (sums and
/// differences of any groups, across the community tree and the units) that would isolate fewer than k
/// people, and hides a group to break it, until there is none.</item>
/// </list>
/// The audit is exact for the published structure. Every shown figure is a sum over responses, so what a
/// reader can compute is a linear combination of group indicator vectors; because the groups form a tree
/// (organisation → communities → member types) crossed by one partition (units), the combinations are
/// exactly the potential differences across a graph whose nodes are the tree's "rest" classes and the
/// units and whose edges are the atoms (see <see cref="Audit"/>): every cut's crossing atoms are the
/// support of a combination, and every combination's support contains a cut's crossing atoms. So: no
/// combination isolates fewer than k people ⇔ every cut of that graph weighs at least k.
/// </summary>
internal static class Suppression
{
    public static void Apply(PeriodDisclosure disclosure, PrivacyOptions options)
    {
        var k = options.MinGroupSize;
        foreach (var cell in disclosure.Decided)
            if (cell.People < k) cell.Hide(SuppressionCause.TooFewRespondents);
        Cascade(disclosure);
        if (options.ComplementarySuppression && !disclosure.Organisation.Hidden)
        {
            while (true)
            {
                if (Siblings(disclosure, k))
                {
                    Cascade(disclosure);
                    continue;
                }
                var audit = Audit.Of(disclosure, k);
                if (audit.Cut is null) break;
                audit.Candidate().Hide(SuppressionCause.Subtraction);
                Cascade(disclosure);
            }
        }
        DeriveMemberTypes(disclosure, k, options.ComplementarySuppression);
        if (options.ComplementarySuppression && !disclosure.Organisation.Hidden) RevealWhatCanBeComputed(disclosure, k);
    }

    /// <summary>
    /// A group hidden against subtraction whose figure can nevertheless be computed from the shown ones
    /// (its indicator vector lies in their span) protects nobody: it is shown again. Showing it does not
    /// change what can be computed, so the audit still holds, and afterwards no hidden figure can be
    /// recovered from the shown ones.
    /// </summary>
    private static void RevealWhatCanBeComputed(PeriodDisclosure disclosure, int k)
    {
        var audit = Audit.Of(disclosure, k);
        var computable = disclosure.Decided.Concat(disclosure.MemberTypes)
            .Where(c => c.Hidden && c.Cause == SuppressionCause.Subtraction && audit.Computable(c)).ToList();
        foreach (var cell in computable) cell.Reveal();
    }

    /// <summary>A hidden group hides what lies inside it: everything under a hidden organisation, member types of a hidden community.</summary>
    private static void Cascade(PeriodDisclosure disclosure)
    {
        if (disclosure.Organisation.Hidden)
            foreach (var cell in disclosure.Decided) cell.Hide(disclosure.Organisation.Cause);
        foreach (var community in disclosure.Communities.Where(c => c.Hidden))
            foreach (var cell in community.Children) cell.Hide(SuppressionCause.Subtraction);
    }

    private static IEnumerable<(DisclosedGroup Parent, IReadOnlyList<DisclosedGroup> Children)> Partitions(PeriodDisclosure disclosure)
    {
        yield return (disclosure.Organisation, disclosure.Communities);
        yield return (disclosure.Organisation, disclosure.Units);
        foreach (var community in disclosure.Communities) yield return (community, community.Children);
    }

    /// <summary>One round of sibling protection; true when it hid anything.</summary>
    private static bool Siblings(PeriodDisclosure disclosure, int k)
    {
        var changed = false;
        foreach (var (parent, children) in Partitions(disclosure))
        {
            if (parent.Hidden) continue;
            var hidden = children.Where(c => c.Hidden).ToList();
            if (hidden.Count == 0 || hidden.Count == children.Count) continue;
            while (hidden.Count < 2 || hidden.Sum(c => c.Weight) < Weights.Of(k))
            {
                var next = Smallest(children.Where(c => !c.Hidden));
                if (next is null) break;
                next.Hide(SuppressionCause.Subtraction);
                hidden.Add(next);
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>The group whose hiding costs least: fewest respondents, then least weight, then shown order.</summary>
    internal static DisclosedGroup? Smallest(IEnumerable<DisclosedGroup> cells) =>
        cells.Select((c, i) => (Cell: c, Order: i)).OrderBy(x => x.Cell.People).ThenBy(x => x.Cell.Weight).ThenBy(x => x.Order)
            .Select(x => x.Cell).FirstOrDefault();

    /// <summary>
    /// Organisation-wide member types add a table the audit does not model, so one is shown only when it
    /// adds nothing: when every community's cell of that type is shown, it is their sum.
    /// </summary>
    private static void DeriveMemberTypes(PeriodDisclosure disclosure, int k, bool complementary)
    {
        foreach (var type in disclosure.MemberTypes)
        {
            if (disclosure.Organisation.Hidden) type.Hide(disclosure.Organisation.Cause);
            else if (type.People < k) type.Hide(SuppressionCause.TooFewRespondents);
            else if (complementary && disclosure.Communities.Any(c => disclosure.CommunityType(c.Community, type.Type) is { Hidden: true }))
                type.Hide(SuppressionCause.Subtraction);
        }
    }
}
