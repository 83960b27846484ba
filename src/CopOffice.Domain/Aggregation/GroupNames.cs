using CopOffice.Framework;
using CopOffice.Responses;

namespace CopOffice.Aggregation;

/// <summary>The three name tables groups are made of.</summary>
internal sealed class GroupNames
{
    public const string UnitNotGiven = "(unit not given)";
    public const string MemberTypeNotGiven = "(member type not given)";

    public GroupNameTable Communities { get; } = new("(community not given)");
    public GroupNameTable Units { get; } = new(UnitNotGiven);
    public GroupNameTable Types { get; } = new(MemberTypeNotGiven, TypeKey, TypeRank);

    public GroupNames()
    {
        foreach (var type in ValueFramework.MemberTypes) Types.Prefer(type.Name);
    }

    // "core_member", "Core member" and "core-member" are one type.
    private static string TypeKey(string text) => AnswerParser.Normalise(text.Replace('_', ' ').Replace('-', ' '));

    private static int TypeRank(string key)
    {
        var types = ValueFramework.MemberTypes;
        for (var i = 0; i < types.Count; i++)
            if (TypeKey(types[i].Name) == key) return i;
        return types.Count;
    }
}
