namespace CopOffice.Aggregation;

/// <summary>
/// A group of one period's <see cref="PeriodDisclosure"/> (a "cell" in the code that uses it) with its
/// counts and whether it is shown. The tree is
/// organisation → communities → member types within a community; units partition the organisation
/// across that tree; organisation-wide member types are derived from the community cells.
/// </summary>
internal sealed class DisclosedGroup(GroupKind kind, Tally tally, int community = -1, int type = -1, int unit = -1)
{
    public GroupKind Kind { get; } = kind;
    public int Community { get; } = community;
    public int Type { get; } = type;
    public int Unit { get; } = unit;
    public Tally Tally { get; } = tally;
    public List<FinestGroup> Atoms { get; } = [];

    /// <summary>Distinct respondents: the group size every threshold is compared with.</summary>
    public int People { get; set; }

    public long Weight { get; set; }

    /// <summary>Respondents listed on the roster for this group (the numerator of its response rate).</summary>
    public int OnRoster { get; set; }

    public bool Hidden { get; private set; }
    public SuppressionCause Cause { get; private set; }

    /// <summary>The parent in the tree (a community's organisation, a member-type cell's community).</summary>
    public DisclosedGroup? Parent { get; set; }
    public List<DisclosedGroup> Children { get; } = [];

    public bool IsEmpty => Tally.Responses == 0;

    public void Add(FinestGroup atom)
    {
        Atoms.Add(atom);
        Weight += atom.Weight;
        People += atom.Anonymous;
    }

    public void Hide(SuppressionCause cause)
    {
        if (Hidden) return;
        Hidden = true;
        Cause = cause;
    }

    /// <summary>Shows a group hidden for subtraction again: only done when its figure adds nothing a reader cannot already compute.</summary>
    public void Reveal()
    {
        if (!Hidden || Cause != SuppressionCause.Subtraction) throw new InvalidOperationException($"Only a group hidden against subtraction can be shown again, not {this}.");
        Hidden = false;
    }

    public override string ToString() => $"{Kind} c{Community} t{Type} u{Unit} ({People}{(Hidden ? ", hidden" : "")})";
}
